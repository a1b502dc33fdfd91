package com.capp.autogen.embed;


import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lint report for people (CLI, build log): each finding with why and the safe form, allowed ones with their reason. */
final class LintText {

    private static final int SQL_WIDTH = 120;

    private LintText() {
    }

    static List<String> lines(LintResult report) {
        List<String> lines = new ArrayList<>();
        for (LintFinding f : report.findings()) {
            String where = f.revision() + " statement " + f.statement() + ": ";
            if (f.allowed()) {
                lines.add(where + "allowed " + f.rule() + " (" + f.allowedReason().orElseThrow() + "): " + shortSql(f.sql()));
                continue;
            }
            lines.add(where + severity(f) + " " + f.rule() + ": " + shortSql(f.sql()));
            if (!f.detail().isEmpty()) {
                lines.add("    " + f.detail());
            }
            lines.add("    why: " + f.why());
            lines.add("    instead: " + f.instead());
        }
        lines.add(summary(report));
        return lines;
    }

    private static String summary(LintResult report) {
        return "Linted " + report.migrations() + (report.migrations() == 1 ? " migration" : " migrations")
                + " (" + report.statements() + " statements): " + count(report.errors(), "error") + ", "
                + count(report.warnings(), "warning") + ", " + report.allowed() + " allowed.";
    }

    private static String severity(LintFinding finding) {
        return finding.severity().name().toLowerCase(Locale.ROOT);
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String shortSql(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= SQL_WIDTH ? oneLine : oneLine.substring(0, SQL_WIDTH - 3) + "...";
    }
}
