package com.capp.autogen.cli;

import com.capp.autogen.embed.LintFinding;
import com.capp.autogen.embed.LintResult;
import com.capp.autogen.render.JavaLiterals;

import java.util.stream.Collectors;

/** {@code lint --format json}: fixed keys in a fixed order, one finding per line. */
final class LintJson {

    private LintJson() {
    }

    static String of(LintResult report) {
        String findings = report.findings().stream().map(LintJson::finding)
                .collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        return "{\n  \"migrations\": " + report.migrations() + ",\n  \"statements\": " + report.statements()
                + ",\n  \"errors\": " + report.errors() + ",\n  \"warnings\": " + report.warnings()
                + ",\n  \"allowed\": " + report.allowed()
                + ",\n  \"findings\": " + (report.findings().isEmpty() ? "[]" : findings) + "\n}";
    }

    private static String finding(LintFinding f) {
        return "{\"revision\": " + s(f.revision()) + ", \"statement\": " + f.statement()
                + ", \"rule\": " + s(f.rule()) + ", \"severity\": " + s(f.severity().name().toLowerCase(java.util.Locale.ROOT))
                + ", \"sql\": " + s(f.sql()) + ", \"detail\": " + s(f.detail())
                + ", \"why\": " + s(f.why()) + ", \"safe\": " + s(f.instead())
                + ", \"allowed\": " + f.allowed() + ", \"reason\": " + f.allowedReason().map(LintJson::s).orElse("null") + "}";
    }

    private static String s(String text) {
        return JavaLiterals.string(text);
    }
}
