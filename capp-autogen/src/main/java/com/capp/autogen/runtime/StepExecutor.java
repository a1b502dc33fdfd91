package com.capp.autogen.runtime;

import com.capp.autogen.api.Migration;
import com.capp.autogen.revision.Direction;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.ResolvedMigration;
import com.capp.autogen.sql.PostgresSql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one migration on a live connection: its statements, the version-table update and the
 * audit row, all in one transaction unless the migration opts out ({@link Migration#transactional()}),
 * in which case its statements autocommit one by one and the bookkeeping commits after them.
 * A failure keeps its first cause (cleanup after a lost connection must not replace it) and says
 * what state the database was left in ({@link FailureDiagnosis}).
 */
final class StepExecutor {

    private final Connection connection;
    private final VersionTable versionTable;
    private final AuditTable auditTable;

    StepExecutor(Connection connection, VersionTable versionTable, AuditTable auditTable) {
        this.connection = connection;
        this.versionTable = versionTable;
        this.auditTable = auditTable;
    }

    void run(MigrationStep step, ResolvedMigration resolved) {
        Migration migration = resolved.newInstance();
        boolean transactional = migration.transactional();
        JdbcStatementSink sink = new JdbcStatementSink(connection);
        List<String> completed = new ArrayList<>();
        long start = System.nanoTime();
        try {
            connection.setAutoCommit(!transactional);
            RecordingOp op = new RecordingOp(operation -> PostgresSql.statements(operation).forEach(sql -> {
                sink.run(sql);
                completed.add(sql);
            }));
            if (step.direction() == Direction.UPGRADE) {
                migration.upgrade(op);
            } else {
                migration.downgrade(op);
            }
            connection.setAutoCommit(false);
            long millis = (System.nanoTime() - start) / 1_000_000;
            bookkeeping(step, resolved.checksum(), millis).forEach(sink::run);
            connection.commit();
        } catch (RuntimeException | SQLException e) {
            rollbackQuietly();
            FailureDiagnosis.State state = new FailureDiagnosis(connection, auditTable)
                    .diagnose(step, resolved.checksum(), transactional ? List.of() : completed, e);
            throw new MigrationFailedException(step, transactional, describe(step.headsBefore()), e, state);
        } finally {
            restoreAutoCommit();
        }
    }

    private List<String> bookkeeping(MigrationStep step, String checksum, long millis) {
        List<String> sql = new ArrayList<>(versionTable.updateSql(step.headsBefore(), step.headsAfter()));
        sql.add(auditTable.insertSql(step.revision().id(), step.direction(), checksum, step.revision().message(),
                millis));
        return sql;
    }

    private void rollbackQuietly() {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private void restoreAutoCommit() {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // a lost connection: the failure already thrown says so
        }
    }

    static String describe(List<String> heads) {
        return heads.isEmpty() ? "<base>" : String.join(", ", heads);
    }
}
