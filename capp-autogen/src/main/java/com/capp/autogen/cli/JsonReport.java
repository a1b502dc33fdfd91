package com.capp.autogen.cli;

import com.capp.autogen.embed.DriftReport;
import com.capp.autogen.render.JavaLiterals;

import java.util.List;
import java.util.stream.Collectors;

/** {@code check --format json}: a small, stable document for machines. */
final class JsonReport {

    private JsonReport() {
    }

    static String of(DriftReport report) {
        List<DriftReport.Change> changes = report instanceof DriftReport.Drift drift ? drift.changes() : List.of();
        String operations = changes.stream().map(JsonReport::operation)
                .collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        String summary = report.summary().stream().map(JavaLiterals::json)
                .collect(Collectors.joining(", ", "[", "]"));
        return "{\n  \"matching\": " + report.matching() + ",\n  \"operations\": "
                + (report.matching() ? "[]" : operations) + ",\n  \"summary\": " + summary
                + ",\n  \"lint\": " + LintJson.of(report.lint()).replace("\n", "\n  ") + "\n}";
    }

    private static String operation(DriftReport.Change change) {
        String sql = change.sql().stream().map(JavaLiterals::json).collect(Collectors.joining(", ", "[", "]"));
        return "{\"kind\": " + JavaLiterals.json(change.kind())
                + ", \"sql\": " + sql
                + ", \"destructive\": " + change.destructive()
                + (change.destructive() ? ", \"warning\": " + JavaLiterals.json(change.warning()) : "") + "}";
    }
}
