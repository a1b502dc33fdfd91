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
 * {@code // TODO} the reviewer must resolve; a production-safe step gets a comment saying why it is
 * written that way, and steps that run outside the transaction are grouped in an
 * {@code op.outsideTransaction(() -> { ... })} block. The file around it comes from the template.
 */
public final class JavaMigrationRenderer {

    private static final String INDENT = "        ";
    private static final String BLOCK_INDENT = "    ";
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
        boolean outside = false;
        for (Step step : steps) {
            if (step.outsideTransaction() != outside) {
                line(body, outside ? "});" : "op.outsideTransaction(() -> {");
                outside = step.outsideTransaction();
            }
            String indent = outside ? INDENT + BLOCK_INDENT : INDENT;
            if (step.isManual()) {
                line(body, indent, "// TODO: write this step by hand: " + JavaLiterals.comment(step.manual()));
                continue;
            }
            if (step.warning() != null) {
                line(body, indent, WARNING_PREFIX + JavaLiterals.comment(step.warning()));
            }
            if (step.why() != null) {
                line(body, indent, "// " + JavaLiterals.comment(step.why()));
            }
            for (String line : step.operation().accept(statements).split("\n")) {
                line(body, indent, line);
            }
        }
        if (outside) {
            line(body, "});");
        }
        return body.toString();
    }

    private static void line(StringBuilder body, String text) {
        line(body, INDENT, text);
    }

    private static void line(StringBuilder body, String indent, String text) {
        body.append(indent).append(text).append('\n');
    }
}
