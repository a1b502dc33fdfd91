package com.capp.autogen.cli;

import com.capp.autogen.lint.Finding;
import com.capp.autogen.lint.LintReport;

import java.util.ArrayList;
import java.util.List;

/** The lint report for people: each finding with why and the safe form, allowed ones with their reason. */
final class LintText {

    private static final int SQL_WIDTH = 120;

    private LintText() {
    }

    static List<String> lines(LintReport report) {
        List<String> lines = new ArrayList<>();
        for (Finding f : report.findings()) {
            String where = f.revision() + " statement " + f.statement() + ": ";
            if (f.allowed()) {
                lines.add(where + "allowed " + f.rule().id() + " (" + f.allowedReason() + "): " + shortSql(f.sql()));
                continue;
            }
            lines.add(where + f.rule().severity().word() + " " + f.rule().id() + ": " + shortSql(f.sql()));
            if (!f.detail().isEmpty()) {
                lines.add("    " + f.detail());
            }
            lines.add("    why: " + f.rule().why());
            lines.add("    instead: " + f.rule().safe());
        }
        lines.add(summary(report));
        return lines;
    }

    static String summary(LintReport report) {
        return "Linted " + report.migrations() + (report.migrations() == 1 ? " migration" : " migrations")
                + " (" + report.statements() + " statements): " + count(report.errors(), "error") + ", "
                + count(report.warnings(), "warning") + ", " + report.allowed() + " allowed.";
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String shortSql(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= SQL_WIDTH ? oneLine : oneLine.substring(0, SQL_WIDTH - 3) + "...";
    }
}
