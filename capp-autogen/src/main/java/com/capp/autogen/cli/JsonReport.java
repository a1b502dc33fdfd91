package com.capp.autogen.cli;

import com.capp.autogen.app.DiffResult;
import com.capp.autogen.plan.Step;

import java.util.stream.Collectors;

/** {@code check --format json}: a small, stable document for machines. */
final class JsonReport {

    private JsonReport() {
    }

    static String of(DiffResult result) {
        String operations = result.plan().upgrade().stream().filter(s -> !s.isManual())
                .map(JsonReport::operation).collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        String summary = result.summary().stream().map(JsonReport::string)
                .collect(Collectors.joining(", ", "[", "]"));
        return "{\n  \"matching\": " + result.isEmpty() + ",\n  \"operations\": "
                + (result.isEmpty() ? "[]" : operations) + ",\n  \"summary\": " + summary + "\n}";
    }

    private static String operation(Step step) {
        return "{\"kind\": " + string(step.operation().getClass().getSimpleName())
                + ", \"destructive\": " + (step.warning() != null)
                + (step.warning() == null ? "" : ", \"warning\": " + string(step.warning())) + "}";
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
