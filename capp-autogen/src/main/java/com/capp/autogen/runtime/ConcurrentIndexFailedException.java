package com.capp.autogen.runtime;

import com.capp.autogen.ops.CreateIndex;

/** A CONCURRENTLY index build PostgreSQL refused, after its INVALID leftover was dropped. */
public final class ConcurrentIndexFailedException extends RuntimeException {

    private static final String UNIQUE_VIOLATION = "23505";

    private final String hint;

    ConcurrentIndexFailedException(CreateIndex op, StatementFailedException cause, boolean dropped) {
        super("CREATE INDEX CONCURRENTLY " + op.index().name() + " on " + op.table() + " failed: "
                + cause.getMessage() + (dropped ? "\n  The INVALID index it left behind was dropped." : "")
                + "\n  Statement: " + cause.statement(), cause);
        this.hint = UNIQUE_VIOLATION.equals(cause.sqlState())
                ? "Remove the duplicate values from " + op.table() + " (see Detail above), then run the command again."
                : "Fix the cause above, then run the command again: the build starts afresh.";
    }

    public String hint() {
        return hint;
    }
}
