package com.capp.autogen.embed;

import java.util.List;

/**
 * The findings of one lint run, in migration and statement order.
 *
 * @param findings   every finding, allowed ones included
 * @param migrations how many migrations were read
 * @param statements how many statements they hold
 */
public record LintResult(List<LintFinding> findings, int migrations, int statements) {

    public LintResult {
        findings = List.copyOf(findings);
    }

    /** Findings that stop an upgrade: errors the migrations do not allow. */
    public long errors() {
        return findings.stream().filter(LintFinding::blocking).count();
    }

    /** Warnings the migrations do not allow. */
    public long warnings() {
        return findings.stream().filter(f -> !f.allowed() && f.severity() == LintFinding.Severity.WARNING).count();
    }

    /** Findings the migrations allow on purpose. */
    public long allowed() {
        return findings.stream().filter(LintFinding::allowed).count();
    }

    /**
     * The report for people, as the {@code lint} command prints it: each finding with why and the safe
     * form (allowed ones with their reason), then a summary line.
     */
    public List<String> lines() {
        return LintText.lines(this);
    }

    /** Whether any finding is {@link LintFinding#blocking() blocking}. */
    public boolean hasErrors() {
        return errors() > 0;
    }
}
