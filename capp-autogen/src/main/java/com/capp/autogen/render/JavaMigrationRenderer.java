package com.capp.autogen.render;

import com.capp.autogen.plan.Plan;
import com.capp.autogen.plan.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plan as the bodies of {@code upgrade()} and {@code downgrade()}. Each destructive step is
 * preceded by a {@code // WARNING} line, and a step that cannot be reversed becomes a
 * {@code // TODO} the reviewer must resolve; the file around it comes from the template.
 */
public final class JavaMigrationRenderer {

    private static final String INDENT = "        ";
    static final String WARNING_PREFIX = "// WARNING: destructive, review before applying: ";

    public MigrationBody render(Plan plan) {
        String upgrade = body(plan.upgrade());
        String downgrade = body(plan.downgrade());
        Set<String> imports = new TreeSet<>(JavaStatements.imports(upgrade + downgrade));
        if ((upgrade + downgrade).contains("change()")) {
            imports.add("static com.capp.autogen.api.ColumnChange.change");
        }
        return new MigrationBody(upgrade, downgrade, new ArrayList<>(imports));
    }

    private static String body(List<Step> steps) {
        JavaStatements statements = new JavaStatements();
        StringBuilder body = new StringBuilder();
        for (Step step : steps) {
            if (step.isManual()) {
                line(body, "// TODO: write this step by hand: " + JavaLiterals.comment(step.manual()));
                continue;
            }
            if (step.warning() != null) {
                line(body, WARNING_PREFIX + JavaLiterals.comment(step.warning()));
            }
            for (String line : step.operation().accept(statements).split("\n")) {
                line(body, line);
            }
        }
        return body.toString();
    }

    private static void line(StringBuilder body, String text) {
        body.append(INDENT).append(text).append('\n');
    }
}
