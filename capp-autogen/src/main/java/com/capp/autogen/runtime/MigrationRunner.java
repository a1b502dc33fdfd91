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
            verifyChecksums(heads, ignoreChecksums);
            return run(heads, planner.upgrade(heads, target));
        });
    }

    public RunResult downgrade(String target, boolean ignoreChecksums) {
        return locked(heads -> {
            verifyChecksums(heads, ignoreChecksums);
            return run(heads, planner.downgrade(heads, target));
        });
    }

    /** Records the current checksum of every applied migration whose file changed (Flyway's repair). */
    public List<String> repair() {
        return locked(heads -> new ChecksumRepair(connection, auditTable).repair(
                ChecksumVerifier.mismatches(migrations, planner.applied(heads), auditTable.appliedChecksums(connection))));
    }

    private void verifyChecksums(List<String> heads, boolean ignoreChecksums) throws SQLException {
        if (ignoreChecksums) {
            listener.warning("Checksums of applied migrations are not verified (--ignore-checksums)");
        } else {
            ChecksumVerifier.verify(migrations, planner.applied(heads), auditTable.appliedChecksums(connection));
        }
    }

    /** Sets the version table to {@code target} without running any migration. */
    public RunResult stamp(String target) {
        return locked(heads -> {
            List<String> after = migrations.graph().sorted(new RevisionResolver(migrations.graph()).resolve(target));
            List<String> sql = new ArrayList<>(versionTable.updateSql(heads, after));
            for (String id : after.isEmpty() ? List.of("base") : after) {
                String checksum = after.isEmpty() ? null : migrations.get(id).checksum();
                sql.add(auditTable.insertSql(id, AuditTable.STAMP, checksum, null, null));
            }
            Transaction.run(connection, sql);
            return new RunResult(heads, after, List.of());
        });
    }

    private RunResult run(List<String> heads, List<MigrationStep> steps) throws SQLException {
        StepExecutor executor = new StepExecutor(connection, versionTable, auditTable);
        for (MigrationStep step : steps) {
            listener.running(step);
            executor.run(step, migrations.get(step.revision().id()));
        }
        List<String> after = steps.isEmpty() ? heads : steps.get(steps.size() - 1).headsAfter();
        return new RunResult(heads, after, steps);
    }

    private interface LockedWork<T> {
        T run(List<String> heads) throws SQLException;
    }

    private <T> T locked(LockedWork<T> work) {
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
        BookkeepingTables.createIfMissing(connection, versionTable.name(), versionTable.createSql());
        BookkeepingTables.createIfMissing(connection, auditTable.name(), auditTable.createSql());
    }

    private static RuntimeFailure databaseError(SQLException e) {
        return new RuntimeFailure("Database error: " + e.getMessage(), "Check the database is reachable and retry.", e);
    }
}
