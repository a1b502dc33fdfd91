package com.capp.autogen.runtime;

import com.capp.autogen.api.Migration;
import com.capp.autogen.revision.Direction;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.ResolvedMigration;
import com.capp.autogen.sql.PostgresSql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs migrations on a live connection: statements, version-table update and audit row. With
 * {@code transaction.per.migration=true} each migration commits on its own; with false the whole
 * command is one transaction (Alembic's default), committed by {@link #finish}. A migration that
 * opts out of transactions ({@link Migration#transactional()}) first commits what ran before it,
 * then autocommits its statements, as Alembic's {@code autocommit_block} does, and commits its version
 * row at once (its effects cannot be rolled back), in both modes. A failure keeps its first cause
 * (cleanup after a lost connection must not replace it) and says what state the database was left
 * in ({@link FailureDiagnosis}).
 * Statements run with the migration's lock and statement timeouts; a lock timeout undoes the
 * migration (its transaction, or its savepoint inside the command's one transaction; the one
 * autocommitted statement when not transactional) and retries it with backoff.
 * {@code op.outsideTransaction} blocks commit what ran before them ({@link CommittedSections});
 * the version row is still written once, after the migration, only when everything succeeded.
 */
final class StepExecutor {

    private final Connection connection;
    private final VersionTable versionTable;
    private final AuditTable auditTable;
    private final RuntimeSettings settings;
    private final StatementWatch watch;
    private final MigrationListener listener;
    private List<String> committedHeads;
    private CommittedSections sections;
    /**
     * Whether a transactional attempt sends its DDL in one round trip: the first does; after a lock
     * timeout the next ones run one by one, so the wait and its failure name the statement.
     */
    private boolean together;

    StepExecutor(Connection connection, VersionTable versionTable, AuditTable auditTable, RuntimeSettings settings,
                 StatementWatch watch, MigrationListener listener) {
        this.connection = connection;
        this.versionTable = versionTable;
        this.auditTable = auditTable;
        this.settings = settings;
        this.watch = watch;
        this.listener = listener;
    }

    /** Opens the run's transaction in one-transaction mode, so even creating the version table is part of it. */
    void begin() throws SQLException {
        connection.setAutoCommit(settings.transactionPerMigration());
    }

    void run(MigrationStep step, ResolvedMigration resolved) throws SQLException {
        Migration migration = resolved.newInstance();
        StatementTimeouts timeouts = StatementTimeouts.of(settings.ddl(), migration);
        boolean transactional = migration.transactional();
        if (committedHeads == null) {
            committedHeads = step.headsBefore();
        }
        long start = System.nanoTime();
        List<String> completed = new ArrayList<>();
        sections = null;
        together = true;
        try {
            if (transactional) {
                retryingLockTimeouts(step, timeouts, true, () -> inTransaction(step, resolved, timeouts, start));
            } else {
                commit(step.headsBefore());
                statementByStatement(step, resolved, timeouts, start, completed);
            }
            if (settings.transactionPerMigration() || !transactional) {
                commit(step.headsAfter()); // a non-transactional migration's effects are already durable: so is its row
                connection.setAutoCommit(settings.transactionPerMigration());
            }
        } catch (LockTimeoutFailure e) {
            rollbackQuietly();
            throw e;
        } catch (RuntimeException | SQLException e) {
            rollbackQuietly();
            FailureDiagnosis.State state = new FailureDiagnosis(connection, auditTable)
                    .diagnose(step, resolved.checksum(), transactional ? List.of() : completed, e);
            throw new MigrationFailedException(step, transactional, sections == null ? 0 : sections.done(),
                    describe(committedHeads), e, state);
        }
    }

    /** Commits what is still open (the whole run, in one-transaction mode) and returns to autocommit. */
    void finish(List<String> heads) throws SQLException {
        commit(heads);
        connection.setAutoCommit(true);
    }

    /** One attempt: the migration and its bookkeeping, undone alone (savepoint) when it fails. */
    private void inTransaction(MigrationStep step, ResolvedMigration resolved, StatementTimeouts timeouts, long start) {
        Savepoint savepoint = null;
        try {
            connection.setAutoCommit(false);
            savepoint = connection.setSavepoint();
            JdbcStatementSink sink = new JdbcStatementSink(connection);
            timeouts.setSql(true).forEach(sink::run);
            Watched watched = new Watched(step, timeouts);
            sections = sections(step, resolved, sql -> watched.one(sql, sink::run),
                    together ? sql -> watched.together(sql, sink) : null, sink);
            perform(step, resolved.newInstance(), sections);
            sections.flush();
            bookkeeping(step, resolved.checksum(), start).forEach(sink::run);
            if (!sections.crossedBoundary()) {
                connection.releaseSavepoint(savepoint);
            }
        } catch (SQLException e) {
            throw new StatementFailedException("SAVEPOINT", e);
        } catch (RuntimeException e) {
            rollbackTo(savepoint);
            throw e;
        }
    }

    /** @param completed receives each statement that ran (they stay if a later one fails) */
    private void statementByStatement(MigrationStep step, ResolvedMigration resolved, StatementTimeouts timeouts,
                                      long start, List<String> completed) throws SQLException {
        connection.setAutoCommit(true);
        JdbcStatementSink sink = new JdbcStatementSink(connection);
        timeouts.setSql(false).forEach(sink::run);
        try {
            Watched watched = new Watched(step, timeouts);
            perform(step, resolved.newInstance(), sql -> watched.one(sql, statement -> {
                retryingLockTimeouts(step, timeouts, false, () -> sink.run(statement));
                completed.add(statement);
            }));
        } finally {
            StatementTimeouts.resetSql().forEach(sink::run);
        }
        connection.setAutoCommit(false);
        bookkeeping(step, resolved.checksum(), start).forEach(sink::run);
    }

    private interface Sql {
        void run(String sql);
    }

    /** Runs a migration's statements under the watch, labelled with the step and their numbers in the migration. */
    private final class Watched {
        private final MigrationStep step;
        private final StatementTimeouts timeouts;
        private int number;

        Watched(MigrationStep step, StatementTimeouts timeouts) {
            this.step = step;
            this.timeouts = timeouts;
        }

        void one(String statement, Sql sql) {
            watching(label(1), () -> sql.run(statement));
        }

        void together(List<String> statements, JdbcStatementSink sink) {
            watching(label(statements.size()), () -> sink.runTogether(statements));
        }

        private String label(int count) {
            int first = number + 1;
            number += count;
            return step.direction().word() + " " + step.arrow()
                    + (count == 1 ? ", statement " + first : ", statements " + first + "-" + number);
        }

        private void watching(String label, Runnable statements) {
            watch.begin(label, timeouts.lock());
            try {
                statements.run();
            } finally {
                watch.end();
            }
        }
    }

    /**
     * The sections {@code op.outsideTransaction} blocks cut the migration into; those an interrupted
     * run committed are skipped, and each one committed now is recorded (and its heads are durable).
     *
     * @param together runs statements in one round trip (null: one by one)
     */
    private CommittedSections sections(MigrationStep step, ResolvedMigration resolved, Sql statements,
                                       Consumer<List<String>> together, JdbcStatementSink sink)
            throws SQLException {
        String revision = step.revision().id();
        int done = auditTable.sectionsDone(connection, revision, step.direction(), resolved.checksum());
        if (done > 0) {
            listener.info("Resuming " + step.arrow() + " after " + done + " committed section(s)");
        }
        return new CommittedSections(connection, statements::run, together, done, listener::info, n -> {
            auditTable.progressSql(revision, step.direction(), resolved.checksum(), n).forEach(sink::run);
            committedHeads = step.headsBefore();
        });
    }

    private void perform(MigrationStep step, Migration migration, CommittedSections sections) {
        run(step, migration, new RecordingOp(sections, settings.xArguments(), sections));
    }

    private static void run(MigrationStep step, Migration migration, RecordingOp op) {
        if (step.direction() == Direction.UPGRADE) {
            migration.upgrade(op);
        } else {
            migration.downgrade(op);
        }
    }

    private void perform(MigrationStep step, Migration migration, Sql sink) {
        run(step, migration, new RecordingOp(operation -> PostgresSql.statements(operation).forEach(sink::run),
                settings.xArguments()));
    }

    private void retryingLockTimeouts(MigrationStep step, StatementTimeouts timeouts, boolean transactional,
                                      Runnable attempt) {
        Duration delay = settings.ddl().retryDelay();
        int attempts = settings.ddl().attempts();
        for (int n = 1; ; n++) {
            try {
                attempt.run();
                return;
            } catch (StatementFailedException e) {
                if (!e.lockTimedOut()) {
                    throw e;
                }
                together = false;
                String outcome = transactional
                        ? "rolled back; the database stays at " + describe(committedHeads)
                        : "NOT transactional: statements before this one remain; the version table stays at "
                        + describe(committedHeads);
                if (n >= attempts) {
                    throw new LockTimeoutFailure(step, e, watch.lastWait(), n, timeouts, outcome);
                }
                listener.warning("Lock timeout (" + StatementTimeouts.describe(timeouts.lock()) + ") in "
                        + step.direction().word() + " " + step.arrow() + ", attempt " + n + " of " + attempts
                        + (transactional ? ", rolled back" : "") + "; retrying in "
                        + StatementTimeouts.describe(delay));
                sleep(delay);
                delay = delay.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeFailure("Interrupted while waiting to retry a migration", "Run the command again.");
        }
    }

    private void commit(List<String> heads) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        committedHeads = heads;
    }

    private List<String> bookkeeping(MigrationStep step, String checksum, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> sql = new ArrayList<>(versionTable.updateSql(step.headsBefore(), step.headsAfter()));
        sql.addAll(auditTable.insertSql(step.revision().id(), step.direction(), checksum, step.revision().message(),
                millis));
        return sql;
    }

    private void rollbackTo(Savepoint savepoint) {
        try {
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting; the caller rolls back the transaction
        }
    }

    private void rollbackQuietly() {
        try {
            if (connection.isClosed()) {
                return;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    static String describe(List<String> heads) {
        return heads.isEmpty() ? "<base>" : String.join(", ", heads);
    }
}
