package com.capp.autogen.runtime;

import com.capp.autogen.api.Migration;
import com.capp.autogen.config.DdlConfig;
import com.capp.autogen.revision.Direction;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.ResolvedMigration;
import com.capp.autogen.sql.PostgresSql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one migration on a live connection: its statements, the version-table update and the
 * audit row, all in one transaction unless the migration opts out ({@link Migration#transactional()}),
 * in which case its statements autocommit one by one and the bookkeeping commits after them.
 * Statements run with the migration's lock and statement timeouts; a lock timeout rolls back and
 * retries (the whole transaction, or the one autocommitted statement) with backoff.
 */
final class StepExecutor {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Connection connection;
    private final VersionTable versionTable;
    private final AuditTable auditTable;
    private final DdlConfig ddl;
    private final StatementWatch watch;
    private final MigrationListener listener;

    StepExecutor(Connection connection, VersionTable versionTable, AuditTable auditTable, DdlConfig ddl,
                 StatementWatch watch, MigrationListener listener) {
        this.connection = connection;
        this.versionTable = versionTable;
        this.auditTable = auditTable;
        this.ddl = ddl;
        this.watch = watch;
        this.listener = listener;
    }

    void run(MigrationStep step, ResolvedMigration resolved) throws SQLException {
        Migration migration = resolved.newInstance();
        StatementTimeouts timeouts = StatementTimeouts.of(ddl, migration);
        boolean transactional = migration.transactional();
        long start = System.nanoTime();
        try {
            if (transactional) {
                retryingLockTimeouts(step, timeouts, true, () -> inTransaction(step, resolved, timeouts, start));
            } else {
                statementByStatement(step, resolved, timeouts, start);
            }
        } catch (LockTimeoutFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MigrationFailedException(step, transactional, describe(step.headsBefore()), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void inTransaction(MigrationStep step, ResolvedMigration resolved, StatementTimeouts timeouts, long start) {
        try {
            connection.setAutoCommit(false);
            JdbcStatementSink sink = new JdbcStatementSink(connection);
            timeouts.setSql(true).forEach(sink::run);
            perform(step, resolved.newInstance(), watched(step, timeouts, sink::run));
            bookkeeping(step, resolved.checksum(), start).forEach(sink::run);
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StatementFailedException("COMMIT", e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private void statementByStatement(MigrationStep step, ResolvedMigration resolved, StatementTimeouts timeouts,
                                      long start) throws SQLException {
        connection.setAutoCommit(true);
        JdbcStatementSink sink = new JdbcStatementSink(connection);
        timeouts.setSql(false).forEach(sink::run);
        try {
            perform(step, resolved.newInstance(), watched(step, timeouts,
                    sql -> retryingLockTimeouts(step, timeouts, false, () -> sink.run(sql))));
        } finally {
            StatementTimeouts.resetSql().forEach(sink::run);
        }
        connection.setAutoCommit(false);
        bookkeeping(step, resolved.checksum(), start).forEach(sink::run);
        connection.commit();
    }

    private interface Sql {
        void run(String sql);
    }

    /** Runs each statement under the watch, labelled with the step and its number in the migration. */
    private Sql watched(MigrationStep step, StatementTimeouts timeouts, Sql sql) {
        int[] number = {0};
        return statement -> {
            watch.begin(step.direction().word() + " " + step.arrow() + ", statement " + ++number[0],
                    timeouts.lock());
            try {
                sql.run(statement);
            } finally {
                watch.end();
            }
        };
    }

    private static void perform(MigrationStep step, Migration migration, Sql sink) {
        RecordingOp op = new RecordingOp(operation -> PostgresSql.statements(operation).forEach(sink::run));
        if (step.direction() == Direction.UPGRADE) {
            migration.upgrade(op);
        } else {
            migration.downgrade(op);
        }
    }

    private void retryingLockTimeouts(MigrationStep step, StatementTimeouts timeouts, boolean transactional,
                                      Runnable attempt) {
        Duration delay = ddl.retryDelay();
        for (int n = 1; ; n++) {
            try {
                attempt.run();
                return;
            } catch (StatementFailedException e) {
                if (!LOCK_NOT_AVAILABLE.equals(e.sqlState())) {
                    throw e;
                }
                String outcome = transactional
                        ? "rolled back; the database stays at " + describe(step.headsBefore())
                        : "NOT transactional: statements before this one remain; the version table stays at "
                        + describe(step.headsBefore());
                if (n >= ddl.attempts()) {
                    throw new LockTimeoutFailure(step, e, watch.lastWait(), n, timeouts, outcome);
                }
                listener.warning("Lock timeout (" + StatementTimeouts.describe(timeouts.lock()) + ") in "
                        + step.direction().word() + " " + step.arrow() + ", attempt " + n + " of " + ddl.attempts()
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

    private List<String> bookkeeping(MigrationStep step, String checksum, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> sql = new ArrayList<>(versionTable.updateSql(step.headsBefore(), step.headsAfter()));
        sql.add(auditTable.insertSql(step.revision().id(), step.direction(), checksum, step.revision().message(),
                millis));
        return sql;
    }

    private void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    static String describe(List<String> heads) {
        return heads.isEmpty() ? "<base>" : String.join(", ", heads);
    }
}
