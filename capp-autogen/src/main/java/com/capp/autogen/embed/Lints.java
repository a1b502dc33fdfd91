package com.capp.autogen.embed;

import com.capp.autogen.lint.Finding;
import com.capp.autogen.lint.LintReport;

import java.util.List;
import java.util.Optional;

/** The lint stage's report as the API's {@link LintResult}. */
final class Lints {

    /** What a migration with no statements lints to. */
    static final LintResult NONE = new LintResult(List.of(), 0, 0);

    private Lints() {
    }

    static LintResult of(LintReport report) {
        return new LintResult(report.findings().stream().map(Lints::finding).toList(), report.migrations(),
                report.statements());
    }

    private static LintFinding finding(Finding f) {
        return new LintFinding(f.revision(), f.statement(), f.rule().id(),
                LintFinding.Severity.valueOf(f.rule().severity().name()), f.sql(), f.detail(), f.rule().why(),
                f.rule().safe(), Optional.ofNullable(f.allowedReason()));
    }
}
