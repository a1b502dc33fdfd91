package com.capp.autogen.runtime;

import com.capp.autogen.api.Migration;
import com.capp.autogen.revision.Direction;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.ResolvedMigration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one migration on a live connection: its statements, the version-table update and the
 * audit row, all in one transaction unless the migration opts out ({@link Migration#transactional()}),
 * in which case its statements autocommit one by one and the bookkeeping commits after them.
 * {@code op.outsideTransaction} blocks commit what ran before them ({@link CommittedSections});
 * the version table still changes once, in the last transaction, only when everything succeeded.
 */
final class StepExecutor {

    private final Connection connection;
    private final VersionTable versionTable;
    private final AuditTable auditTable;
    private final Consumer<String> info;

    StepExecutor(Connection connection, VersionTable versionTable, AuditTable auditTable, Consumer<String> info) {
        this.connection = connection;
        this.info = info;
        this.versionTable = versionTable;
        this.auditTable = auditTable;
    }

    void run(MigrationStep step, ResolvedMigration resolved) throws SQLException {
        Migration migration = resolved.newInstance();
        boolean transactional = migration.transactional();
        JdbcStatementSink sink = new JdbcStatementSink(connection);
        String revision = step.revision().id();
        int alreadyDone = auditTable.sectionsDone(connection, revision, step.direction(), resolved.checksum());
        if (alreadyDone > 0) {
            info.accept("Resuming " + step.arrow() + " after " + alreadyDone + " committed section(s)");
        }
        CommittedSections sections = new CommittedSections(connection, alreadyDone, info, done -> sink.run(
                auditTable.progressSql(revision, step.direction(), resolved.checksum(), done)));
        long start = System.nanoTime();
        connection.setAutoCommit(!transactional);
        try {
            RecordingOp op = transactional ? new RecordingOp(sections, sections) : new RecordingOp(sections);
            if (step.direction() == Direction.UPGRADE) {
                migration.upgrade(op);
            } else {
                migration.downgrade(op);
            }
            connection.setAutoCommit(false);
            long millis = (System.nanoTime() - start) / 1_000_000;
            bookkeeping(step, resolved.checksum(), millis).forEach(sink::run);
            connection.commit();
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw new MigrationFailedException(step, transactional, sections.done(), describe(step.headsBefore()), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private List<String> bookkeeping(MigrationStep step, String checksum, long millis) {
        List<String> sql = new java.util.ArrayList<>(versionTable.updateSql(step.headsBefore(), step.headsAfter()));
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
