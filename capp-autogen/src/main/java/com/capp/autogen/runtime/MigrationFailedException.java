package com.capp.autogen.runtime;

import com.capp.autogen.revision.MigrationStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A migration that failed and was rolled back (or, for a non-transactional one, stopped): names
 * the revision, the direction, the statement PostgreSQL refused and the first cause, what the
 * failure left in the database, and a safe next step. It never suggests {@code downgrade base}.
 */
public final class MigrationFailedException extends RuntimeFailure {

    /** duplicate_table and duplicate_object: what a rerun over a half-applied migration trips on. */
    private static final Set<String> ALREADY_EXISTS = Set.of("42P07", "42710");

    private final String revision;
    private final String statement;

    MigrationFailedException(MigrationStep step, boolean transactional, int committedSections, String lastGood,
                             Exception cause, FailureDiagnosis.State state) {
        super(message(step, cause, transactional, committedSections, lastGood, state), hint(step, cause, state), cause);
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

    private static String message(MigrationStep step, Exception cause, boolean transactional, int committedSections,
                                  String lastGood, FailureDiagnosis.State state) {
        String what = cause instanceof StatementFailedException s
                ? cause.getMessage() + "\n  Statement: " + s.statement()
                : cause instanceof ConcurrentIndexFailedException ? cause.getMessage() : cause.toString();
        String outcome;
        if (transactional && state.connectionLost()) {
            outcome = "connection lost; PostgreSQL rolls back the open transaction, so the database stays at " + lastGood;
        } else if (transactional && committedSections > 0) {
            outcome = "rolled back to its last commit: " + committedSections + " section(s) before op.outsideTransaction"
                    + " steps stay and a re-run resumes after them; the version table stays at " + lastGood;
        } else if (transactional) {
            outcome = "rolled back; the database stays at " + lastGood;
        } else {
            outcome = "NOT transactional: " + ran(state.ranBeforeFailure()) + "; the version table stays at " + lastGood;
        }
        return "Running " + step.direction().word() + " " + step.arrow() + " failed (" + outcome + "): " + what;
    }

    private static String ran(List<String> statements) {
        return statements.isEmpty() ? "no statement of it had run"
                : "these statements ran and remain:\n    " + String.join("\n    ", statements) + "\n ";
    }

    private static String hint(MigrationStep step, Exception cause, FailureDiagnosis.State state) {
        List<String> lines = new ArrayList<>();
        String id = step.revision().id();
        if (cause instanceof ConcurrentIndexFailedException index) {
            lines.add(index.hint());
        }
        if (state.connectionLost()) {
            lines.add("The connection to the database was lost (server restart, failover, pg_terminate_backend or "
                    + "network): check the state with `capp-autogen current` and run the command again.");
        }
        for (String index : state.invalidIndexes()) {
            String name = index.substring(0, index.indexOf(" on "));
            lines.add("Index " + index + " is INVALID (left by a failed CREATE INDEX CONCURRENTLY): drop it with "
                    + "`DROP INDEX CONCURRENTLY " + name + ";`, fix the cause (e.g. duplicate rows), then rerun.");
        }
        if (state.earlierPartialRun() != null) {
            lines.add("An earlier run of " + id + " (not transactional) stopped part-way; its " + state.earlierPartialRun()
                    + ". Those changes are still in the database: undo them (or finish " + id + " by hand and "
                    + "`capp-autogen stamp " + id + "`), then rerun.");
        } else if (cause instanceof StatementFailedException s && ALREADY_EXISTS.contains(s.sqlState())
                && state.invalidIndexes().isEmpty()) {
            lines.add("The object already exists but the version table does not record " + id + ": if the schema was "
                    + "made outside capp-autogen, record the revision it matches with `capp-autogen stamp REV` "
                    + "(`capp-autogen stamp head` if it is the latest); if an earlier attempt left it, drop it and rerun.");
        }
        if (lines.isEmpty()) {
            lines.add("Fix the migration (or the data it trips on) and run the command again.");
        }
        return String.join("\n  ", lines);
    }
}
