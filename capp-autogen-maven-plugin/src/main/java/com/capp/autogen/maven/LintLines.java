package com.capp.autogen.maven;

import com.capp.autogen.embed.LintFinding;
import com.capp.autogen.embed.LintResult;

import java.util.ArrayList;
import java.util.List;

/** Lint findings as build-log lines: rule and statement, why, and the safe form to write instead. */
final class LintLines {

    private static final int SQL_WIDTH = 100;

    private LintLines() {
    }

    static List<String> of(LintResult result) {
        List<String> lines = new ArrayList<>();
        for (LintFinding finding : result.findings()) {
            String verdict = finding.allowed() ? "allowed (" + finding.allowedReason().orElseThrow() + ")"
                    : finding.severity().name().toLowerCase(java.util.Locale.ROOT);
            lines.add(finding.revision() + " #" + finding.statement() + " " + verdict + " " + finding.rule() + ": "
                    + shortened(finding.sql()));
            if (!finding.allowed()) {
                if (!finding.detail().isEmpty()) {
                    lines.add("    " + finding.detail());
                }
                lines.add("    why: " + finding.why() + "; instead: " + finding.instead());
            }
        }
        lines.add("Linted " + result.migrations() + " migration(s), " + result.statements() + " statement(s): "
                + result.errors() + " error(s), " + result.warnings() + " warning(s), " + result.allowed() + " allowed.");
        return lines;
    }

    private static String shortened(String sql) {
        String line = sql.replaceAll("\\s+", " ").trim();
        return line.length() <= SQL_WIDTH ? line : line.substring(0, SQL_WIDTH - 3) + "...";
    }
}
