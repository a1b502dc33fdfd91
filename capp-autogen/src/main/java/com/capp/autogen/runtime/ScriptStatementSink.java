package com.capp.autogen.runtime;

import com.capp.autogen.sql.SqlComment;

/** Appends statements to an offline SQL script, each ended by a semicolon and a blank line. */
public final class ScriptStatementSink implements StatementSink {

    private final StringBuilder script;

    public ScriptStatementSink(StringBuilder script) {
        this.script = script;
    }

    @Override
    public void run(String sql) {
        script.append(sql).append(";\n\n");
    }

    public void comment(String text) {
        script.append(SqlComment.of(text)).append("\n\n");
    }
}
