package com.capp.autogen.cli;

import com.capp.autogen.embed.DriftReport;
import com.capp.autogen.render.JavaLiterals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code check --format json}: a small, stable document for machines; and the text summary it carries. */
final class JsonReport {

    private JsonReport() {
    }

    static String of(DriftReport report) {
        List<DriftReport.Change> changes = changes(report);
        String operations = changes.stream().map(JsonReport::operation)
                .collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        String summary = summary(report).stream().map(JavaLiterals::string)
                .collect(Collectors.joining(", ", "[", "]"));
        return "{\n  \"matching\": " + report.matching() + ",\n  \"operations\": "
                + (changes.isEmpty() ? "[]" : operations) + ",\n  \"summary\": " + summary + "\n}";
    }

    /** Alembic's lines for the changes, each destructive one followed by its warning. */
    static List<String> summary(DriftReport report) {
        List<String> lines = new ArrayList<>();
        for (DriftReport.Change change : changes(report)) {
            lines.addAll(List.of(change.summary().split("\n")));
            if (change.destructive()) {
                lines.add("  WARNING: " + change.warning());
            }
        }
        return lines;
    }

    private static List<DriftReport.Change> changes(DriftReport report) {
        return report instanceof DriftReport.Drift drift ? drift.changes() : List.of();
    }

    private static String operation(DriftReport.Change change) {
        String sql = change.sql().stream().map(JavaLiterals::string).collect(Collectors.joining(", ", "[", "]"));
        return "{\"kind\": " + JavaLiterals.string(change.kind()) + ", \"sql\": " + sql
                + ", \"destructive\": " + change.destructive()
                + (change.destructive() ? ", \"warning\": " + JavaLiterals.string(change.warning()) : "") + "}";
    }
}
