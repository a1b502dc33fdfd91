package com.capp.autogen.cli;

import com.capp.autogen.app.DiffResult;
import com.capp.autogen.lint.LintReport;
import com.capp.autogen.plan.Step;
import com.capp.autogen.render.JavaLiterals;
import com.capp.autogen.sql.PostgresSql;

import java.util.stream.Collectors;

/** {@code check --format json}: a small, stable document for machines. */
final class JsonReport {

    private JsonReport() {
    }

    static String of(DiffResult result, LintReport lint) {
        String operations = result.plan().upgrade().stream().filter(s -> !s.isManual())
                .map(JsonReport::operation).collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        String summary = result.summary().stream().map(JavaLiterals::string)
                .collect(Collectors.joining(", ", "[", "]"));
        return "{\n  \"matching\": " + result.isEmpty() + ",\n  \"operations\": "
                + (result.isEmpty() ? "[]" : operations) + ",\n  \"summary\": " + summary
                + ",\n  \"lint\": " + LintJson.of(lint).replace("\n", "\n  ") + "\n}";
    }

    private static String operation(Step step) {
        String sql = PostgresSql.statements(step.operation()).stream().map(JavaLiterals::string)
                .collect(Collectors.joining(", ", "[", "]"));
        return "{\"kind\": " + JavaLiterals.string(step.operation().getClass().getSimpleName())
                + ", \"sql\": " + sql
                + ", \"destructive\": " + (step.warning() != null)
                + (step.warning() == null ? "" : ", \"warning\": " + JavaLiterals.string(step.warning())) + "}";
    }
}
