package com.capp.autogen.cli;

import com.capp.autogen.lint.Finding;
import com.capp.autogen.lint.LintReport;
import com.capp.autogen.render.JavaLiterals;

import java.util.stream.Collectors;

/** {@code lint --format json}: fixed keys in a fixed order, one finding per line. */
final class LintJson {

    private LintJson() {
    }

    static String of(LintReport report) {
        String findings = report.findings().stream().map(LintJson::finding)
                .collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        return "{\n  \"migrations\": " + report.migrations() + ",\n  \"statements\": " + report.statements()
                + ",\n  \"errors\": " + report.errors() + ",\n  \"warnings\": " + report.warnings()
                + ",\n  \"allowed\": " + report.allowed()
                + ",\n  \"findings\": " + (report.findings().isEmpty() ? "[]" : findings) + "\n}";
    }

    private static String finding(Finding f) {
        return "{\"revision\": " + s(f.revision()) + ", \"statement\": " + f.statement()
                + ", \"rule\": " + s(f.rule().id()) + ", \"severity\": " + s(f.rule().severity().word())
                + ", \"sql\": " + s(f.sql()) + ", \"detail\": " + s(f.detail())
                + ", \"why\": " + s(f.rule().why()) + ", \"safe\": " + s(f.rule().safe())
                + ", \"allowed\": " + f.allowed() + ", \"reason\": " + (f.allowed() ? s(f.allowedReason()) : "null") + "}";
    }

    private static String s(String text) {
        return JavaLiterals.string(text);
    }
}
