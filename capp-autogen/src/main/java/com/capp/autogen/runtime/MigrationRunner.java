package com.capp.autogen.runtime;

import com.capp.autogen.revision.MigrationPlanner;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.RevisionResolver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs migrations on a live database. Every command that writes takes the advisory lock first,
 * then creates the version and audit tables if missing and reads the heads, so a run that waited
 * for another sees its result and has nothing left to do.
 */
public final class MigrationRunner {

    private final Connection connection;
    private final Migrations migrations;
    private final RuntimeSettings settings;
    private final MigrationListener listener;
    private final VersionTable versionTable;
    private final AuditTable auditTable;
    private final MigrationPlanner planner;

    public MigrationRunner(Connection connection, Migrations migrations, RuntimeSettings settings,
                           MigrationListener listener) {
        this.connection = connection;
        this.migrations = migrations;
        this.settings = settings;
        this.listener = listener;
        this.versionTable = new VersionTable(settings.versionTable());
        this.auditTable = new AuditTable(settings.auditTable());
        this.planner = new MigrationPlanner(migrations.graph());
    }

    /** The heads in the version table (empty when it does not exist); takes no lock, creates nothing. */
    public List<String> currentHeads() {
        try {
            return versionTable.heads(connection);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    public RunResult upgrade(String target, boolean ignoreChecksums) {
        return locked(heads -> {
            var applied = planner.applied(heads);
            if (ignoreChecksums) {
                listener.warning("Checksums of applied migrations are not verified (--ignore-checksums)");
            } else {
                ChecksumVerifier.verify(migrations, applied, auditTable.appliedChecksums(connection));
            }
            return run(heads, planner.upgrade(heads, target));
        });
    }

    public RunResult downgrade(String target) {
        return locked(heads -> run(heads, planner.downgrade(heads, target)));
    }

    /** Sets the version table to {@code target} without running any migration. */
    public RunResult stamp(String target) {
        return locked(heads -> {
            List<String> after = migrations.graph().sorted(new RevisionResolver(migrations.graph()).resolve(target));
            connection.setAutoCommit(false);
            try {
                List<String> sql = new ArrayList<>(versionTable.updateSql(heads, after));
                for (String id : after.isEmpty() ? List.of("base") : after) {
                    String checksum = after.isEmpty() ? null : migrations.get(id).checksum();
                    sql.add(auditTable.insertSql(id, AuditTable.STAMP, checksum, null, null));
                }
                sql.forEach(new JdbcStatementSink(connection)::run);
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return new RunResult(heads, after, List.of());
        });
    }

    private RunResult run(List<String> heads, List<MigrationStep> steps) throws SQLException {
        StepExecutor executor = new StepExecutor(connection, versionTable, auditTable, listener::info);
        for (MigrationStep step : steps) {
            listener.running(step);
            executor.run(step, migrations.get(step.revision().id()));
        }
        List<String> after = steps.isEmpty() ? heads : steps.get(steps.size() - 1).headsAfter();
        return new RunResult(heads, after, steps);
    }

    private interface LockedWork {
        RunResult run(List<String> heads) throws SQLException;
    }

    private RunResult locked(LockedWork work) {
        try {
            connection.setAutoCommit(true);
            try (AdvisoryLock lock = AdvisoryLock.acquire(connection, settings.versionTable(),
                    settings.lockTimeout(), listener::info)) {
                ensureTables();
                return work.run(versionTable.heads(connection));
            }
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    private void ensureTables() throws SQLException {
        JdbcStatementSink sink = new JdbcStatementSink(connection);
        if (!versionTable.exists(connection)) {
            sink.run(versionTable.createSql());
        }
        sink.run(auditTable.createSql());
    }

    private static RuntimeFailure databaseError(SQLException e) {
        return new RuntimeFailure("Database error: " + e.getMessage(), "Check the database is reachable and retry.", e);
    }
}
