package com.capp.autogen.runtime;

import com.capp.autogen.revision.MigrationStep;

/**
 * A migration that could not get its table lock within {@code lock_timeout}, on every attempt:
 * rolled back each time, so the application was never queued behind it for longer than that.
 * Names the table, the backend in the way and what to do; the CLI exits with 2.
 */
public final class LockTimeoutFailure extends RuntimeFailure {

    private final String statement;

    LockTimeoutFailure(MigrationStep step, StatementFailedException cause, LockWait wait, int attempts,
                       StatementTimeouts timeouts, String outcome) {
        super(message(step, cause, wait, attempts, timeouts, outcome), hint(wait), cause);
        this.statement = cause.statement();
    }

    public String statement() {
        return statement;
    }

    private static String message(MigrationStep step, StatementFailedException cause, LockWait wait, int attempts,
                                  StatementTimeouts timeouts, String outcome) {
        String what = wait == null
                ? "a lock (the wait was too short to see on which table and for whom)"
                : "an " + wait.mode() + " lock on " + wait.object();
        return "Gave up on " + step.direction().word() + " " + step.arrow() + " after " + attempts
                + (attempts == 1 ? " attempt" : " attempts") + " (" + outcome + "): each attempt waited longer than lock_timeout "
                + StatementTimeouts.describe(timeouts.lock()) + " for " + what
                + (wait == null ? "" : ", held by " + wait.describeBlockers())
                + ".\n  Statement: " + cause.statement();
    }

    private static String hint(LockWait wait) {
        String end = wait == null || wait.blockers().isEmpty() ? ""
                : " (or end it: SELECT pg_terminate_backend(" + wait.blockers().get(0).pid() + ");)";
        return "Let the blocking transaction finish" + end + ", then run the command again; or deploy when the table "
                + "is quieter, or raise ddl.lock.attempts / ddl.lock.retry.delay in capp-autogen.properties.";
    }
}
