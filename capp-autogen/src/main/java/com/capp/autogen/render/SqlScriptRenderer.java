package com.capp.autogen.render;

import com.capp.autogen.plan.Step;
import com.capp.autogen.sql.PostgresSql;
import com.capp.autogen.sql.SqlComment;

import java.util.List;

/**
 * Steps as a PostgreSQL script ({@code --sql}): statements end with {@code ;}; warnings, the reason
 * for each production-safe form and the steps that must run outside a transaction are comments.
 */
public final class SqlScriptRenderer {

    public String render(List<Step> steps) {
        StringBuilder sql = new StringBuilder();
        for (Step step : steps) {
            if (step.isManual()) {
                sql.append(SqlComment.of("TODO: write this step by hand: " + step.manual())).append('\n');
                continue;
            }
            if (step.warning() != null) {
                sql.append(SqlComment.of("WARNING: " + step.warning())).append('\n');
            }
            if (step.outsideTransaction()) {
                sql.append("-- outside a transaction (autocommit):\n");
            }
            if (step.why() != null) {
                sql.append("-- ").append(step.why()).append('\n');
            }
            PostgresSql.statements(step.operation()).forEach(s -> sql.append(s).append(";\n"));
        }
        return sql.toString();
    }
}
