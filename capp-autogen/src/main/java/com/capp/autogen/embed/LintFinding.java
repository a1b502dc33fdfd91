package com.capp.autogen.embed;

import java.util.Objects;
import java.util.Optional;

/**
 * One lint rule broken by one statement of a migration (rules and their ids: {@code docs/LINT.md}).
 *
 * @param revision      the migration's revision id ({@code new} for the one {@link CappAutogen#check()} would generate)
 * @param statement     the statement's number in that migration, from 1
 * @param rule          the rule's id, e.g. {@code require-concurrent-index-creation}
 * @param severity      whether it stops an upgrade ({@link Severity#ERROR}) or only warns
 * @param sql           the statement
 * @param detail        what exactly (with a database: the table's size), or empty
 * @param why           why the statement hurts a busy database
 * @param instead       the safe form to write instead
 * @param allowedReason why the migration allows it ({@code op.allowing(rule, reason)}), or empty when it does not
 */
public record LintFinding(String revision, int statement, String rule, Severity severity, String sql, String detail,
                          String why, String instead, Optional<String> allowedReason) {

    /** How bad a finding is: an error that is not allowed stops {@code upgrade} and fails {@code lint}. */
    public enum Severity { WARNING, ERROR }

    public LintFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        detail = detail == null ? "" : detail;
        allowedReason = allowedReason == null ? Optional.empty() : allowedReason;
    }

    /** Whether the migration allows this statement on purpose. */
    public boolean allowed() {
        return allowedReason.isPresent();
    }

    /** An error the migration does not allow: what makes {@code upgrade} refuse to run. */
    public boolean blocking() {
        return !allowed() && severity == Severity.ERROR;
    }
}
