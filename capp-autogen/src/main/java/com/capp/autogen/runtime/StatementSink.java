package com.capp.autogen.runtime;

/** Where the SQL of a migration goes: a live connection, or the text of an offline script. */
public interface StatementSink {

    void run(String sql);
}
