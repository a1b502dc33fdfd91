package com.capp.autogen.runtime;

import com.capp.autogen.api.Migration;
import com.capp.autogen.revision.Direction;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.ResolvedMigration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs migrations on a live connection: statements, version-table update and audit row. With
 * {@code transaction.per.migration=true} each migration commits on its own; with false the whole
 * command is one transaction (Alembic's default), committed by {@link #finish}. A migration that
 * opts out of transactions ({@link Migration#transactional()}) first commits what ran before it,
 * then autocommits its statements, as Alembic's {@code autocommit_block} does, and commits its version
 * row at once (its effects cannot be rolled back), in both modes. A failure keeps its first cause
 * (cleanup after a lost connection must not replace it) and says what state the database was left
 * in ({@link FailureDiagnosis}).
 */
final class StepExecutor {

    private final Connection connection;
    private final VersionTable versionTable;
    private final AuditTable auditTable;
    private final RuntimeSettings settings;
    private List<String> committedHeads;

    StepExecutor(Connection connection, VersionTable versionTable, AuditTable auditTable, RuntimeSettings settings) {
        this.connection = connection;
        this.versionTable = versionTable;
        this.auditTable = auditTable;
        this.settings = settings;
    }

    void run(MigrationStep step, ResolvedMigration resolved) throws SQLException {
        Migration migration = resolved.newInstance();
        boolean transactional = migration.transactional();
        if (committedHeads == null) {
            committedHeads = step.headsBefore();
        }
        JdbcStatementSink sink = new JdbcStatementSink(connection);
        List<String> completed = new ArrayList<>();
        long start = System.nanoTime();
        try {
            if (!transactional) {
                commit(step.headsBefore());
            }
            connection.setAutoCommit(!transactional);
            RecordingOp op = RecordingOp.executing(sql -> {
                sink.run(sql);
                completed.add(sql);
            }, settings.xArguments());
            if (step.direction() == Direction.UPGRADE) {
                migration.upgrade(op);
            } else {
                migration.downgrade(op);
            }
            connection.setAutoCommit(false);
            long millis = (System.nanoTime() - start) / 1_000_000;
            bookkeeping(step, resolved.checksum(), millis).forEach(sink::run);
            if (settings.transactionPerMigration() || !transactional) {
                commit(step.headsAfter()); // a non-transactional migration's effects are already durable: so is its row
            }
        } catch (RuntimeException | SQLException e) {
            rollbackQuietly();
            FailureDiagnosis.State state = new FailureDiagnosis(connection, auditTable)
                    .diagnose(step, resolved.checksum(), transactional ? List.of() : completed, e);
            throw new MigrationFailedException(step, transactional, describe(committedHeads), e, state);
        }
    }

    /** Opens the run's transaction in one-transaction mode, so even creating the version table is part of it. */
    void begin() throws SQLException {
        connection.setAutoCommit(settings.transactionPerMigration());
    }

    /** Commits what is still open (the whole run, in one-transaction mode) and returns to autocommit. */
    void finish(List<String> heads) throws SQLException {
        commit(heads);
        connection.setAutoCommit(true);
    }

    private void commit(List<String> heads) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        committedHeads = heads;
    }

    private List<String> bookkeeping(MigrationStep step, String checksum, long millis) {
        List<String> sql = new ArrayList<>(versionTable.updateSql(step.headsBefore(), step.headsAfter()));
        sql.addAll(auditTable.insertSql(step.revision().id(), step.direction(), checksum, step.revision().message(),
                millis));
        return sql;
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
