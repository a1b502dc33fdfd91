package com.capp.autogen.lint;

/**
 * One rule broken by one statement.
 *
 * @param detail        what exactly (and, with a database, the table's size), or empty
 * @param allowedReason why the migration allows it ({@code op.allowing} / {@code lint:allow}), or null
 */
public record Finding(String revision, int statement, Rule rule, String sql, String detail, String allowedReason) {

    public boolean allowed() {
        return allowedReason != null;
    }

    /** An error that is not allowed: what stops {@code upgrade} and fails {@code lint}. */
    public boolean blocking() {
        return !allowed() && rule.severity() == Severity.ERROR;
    }
}
