package com.capp.autogen.runtime;

import com.capp.autogen.revision.MigrationStep;

/**
 * A migration that failed and was rolled back (or, for a non-transactional one, stopped): names
 * the revision, the direction and the statement PostgreSQL refused.
 */
public final class MigrationFailedException extends RuntimeFailure {

    private static final String DUPLICATE_TABLE = "42P07";

    private final String revision;
    private final String statement;

    MigrationFailedException(MigrationStep step, boolean transactional, String lastGood, RuntimeException cause) {
        this(step, transactional, 0, lastGood, cause);
    }

    MigrationFailedException(MigrationStep step, boolean transactional, int committedSections, String lastGood,
                             RuntimeException cause) {
        super(message(step, cause, transactional, committedSections, lastGood), hint(cause), cause);
        this.revision = step.revision().id();
        this.statement = cause instanceof StatementFailedException s ? s.statement() : null;
    }

    public String revision() {
        return revision;
    }

    /** The failing statement, or null when the migration's own code threw. */
    public String statement() {
        return statement;
    }

    private static String message(MigrationStep step, RuntimeException cause, boolean transactional,
                                  int committedSections, String lastGood) {
        String what = cause instanceof StatementFailedException s
                ? cause.getMessage() + "\n  Statement: " + s.statement()
                : cause instanceof ConcurrentIndexFailedException ? cause.getMessage() : cause.toString();
        String outcome = transactional && committedSections > 0
                ? "rolled back to its last commit: " + committedSections + " section(s) before op.outsideTransaction"
                + " steps stay and a re-run resumes after them; the version table stays at " + lastGood
                : transactional ? "rolled back; the database stays at " + lastGood
                : "NOT transactional: statements before the failing one remain; the version table stays at " + lastGood;
        return "Running " + step.direction().word() + " " + step.arrow() + " failed (" + outcome + "): " + what;
    }

    private static String hint(RuntimeException cause) {
        if (cause instanceof ConcurrentIndexFailedException index) {
            return index.hint();
        }
        if (cause instanceof StatementFailedException s && DUPLICATE_TABLE.equals(s.sqlState())) {
            return "The table already exists: if the schema was created some other way, record it with "
                    + "`capp-autogen stamp head` instead of upgrading; or `downgrade base` then `upgrade head`.";
        }
        return "Fix the migration (or the data it trips on) and run the command again.";
    }
}
