package com.capp.autogen.lint;

import java.util.List;

/** The findings of one lint run, in migration and statement order. */
public record LintReport(List<Finding> findings, int migrations, int statements) {

    public LintReport {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(Finding::blocking).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> !f.allowed() && f.rule().severity() == Severity.WARNING).count();
    }

    public long allowed() {
        return findings.stream().filter(Finding::allowed).count();
    }

    public boolean hasErrors() {
        return errors() > 0;
    }
}
