package com.capp.autogen.runtime;

import com.capp.autogen.revision.MigrationPlanner;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.StampTarget;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.capp.autogen.sql.Identifiers.quote;

/**
 * Runs migrations on a live database. Every command that writes takes the advisory lock first and
 * reads the heads, so a run that waited for another sees its result and has nothing left to do;
 * it creates the version and audit tables only once its target resolved, so a typo creates nothing.
 */
public final class MigrationRunner {

    private final Connection connection;
    private final Migrations migrations;
    private final RuntimeSettings settings;
    private final MigrationListener listener;
    private final VersionTable versionTable;
    private final AuditTable auditTable;
    private final MigrationPlanner planner;
    private final MonitorConnection monitor;

    public MigrationRunner(Connection connection, Migrations migrations, RuntimeSettings settings,
                           MigrationListener listener) {
        this(connection, migrations, settings, listener, null);
    }

    /**
     * @param monitor opens a second connection to the same database, from which the runner watches
     *                its statements' lock waits and progress (null: no notices)
     */
    public MigrationRunner(Connection connection, Migrations migrations, RuntimeSettings settings,
                           MigrationListener listener, MonitorConnection monitor) {
        this.monitor = monitor;
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

    /** The steps {@code upgrade target} would run now (no lock taken: a concurrent run may change them). */
    public List<MigrationStep> pendingUpgrade(String target) {
        return planner.upgrade(currentHeads(), target);
    }

    public RunResult upgrade(String target, boolean ignoreChecksums) {
        return locked(heads -> {
            List<MigrationStep> steps = planner.upgrade(heads, target); // a bad target fails before any table exists
            verifyChecksums(heads, ignoreChecksums);
            return run(heads, steps);
        });
    }

    public RunResult downgrade(String target, boolean ignoreChecksums) {
        return locked(heads -> {
            List<MigrationStep> steps = planner.downgrade(heads, target);
            verifyChecksums(heads, ignoreChecksums);
            return run(heads, steps);
        });
    }

    /** Records the current checksum of every applied migration whose file changed (Flyway's repair). */
    public List<String> repair() {
        return locked(heads -> new ChecksumRepair(connection, auditTable).repair(
                ChecksumVerifier.mismatches(migrations, planner.applied(heads), auditTable.appliedChecksums(connection))));
    }

    /**
     * Fails when an applied migration changed since it ran, as {@link #upgrade} would, and runs
     * nothing: what a read-only check of the database needs. Takes no lock.
     */
    public void verifyChecksums() {
        try {
            verifyChecksums(versionTable.heads(connection), false);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    private void verifyChecksums(List<String> heads, boolean ignoreChecksums) throws SQLException {
        if (ignoreChecksums) {
            listener.warning("Checksums of applied migrations are not verified (--ignore-checksums)");
        } else {
            Map<String, String> recorded = auditTable.appliedChecksums(connection);
            Set<String> applied = planner.applied(heads);
            ChecksumVerifier.verify(migrations, applied, recorded);
            List<String> unverifiable = ChecksumVerifier.unverifiable(migrations, applied, recorded);
            if (!unverifiable.isEmpty()) {
                listener.warning("Checksums of applied migration(s) " + String.join(", ", unverifiable) + " not verified:"
                        + " they were recorded from the .java sources and the classes are loaded without them (or the"
                        + " other way round); package the migration sources beside their classes (docs/USING.md)");
            }
        }
    }

    /** Sets the version table to {@code target} without running any migration. */
    public RunResult stamp(String target) {
        return stamp(List.of(target), false);
    }

    /**
     * Sets the version table to the revisions {@code targets} name (several heads allowed) without
     * running any migration; {@code purge} first empties it, so rows it cannot read are no obstacle.
     */
    public RunResult stamp(List<String> targets, boolean purge) {
        return locked(purge ? this::noHeads : versionTable::heads, heads -> {
            List<String> after = new StampTarget(migrations.graph()).heads(targets);
            connection.setAutoCommit(false);
            try {
                ensureTables();
                List<String> sql = new ArrayList<>();
                if (purge) {
                    sql.add(versionTable.purgeSql());
                }
                sql.addAll(versionTable.updateSql(heads, after));
                for (String id : after.isEmpty() ? List.of("base") : after) {
                    String checksum = after.isEmpty() ? null : migrations.get(id).checksum();
                    sql.addAll(auditTable.insertSql(id, AuditTable.STAMP, checksum, null, null));
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

    /** {@code ensure_version}: creates the version table (and the audit table) if missing, nothing else. */
    public void ensureVersionTable() {
        locked(heads -> {
            ensureTables();
            return new RunResult(heads, heads, List.of());
        });
    }

    private RunResult run(List<String> heads, List<MigrationStep> steps) throws SQLException {
        try (StatementWatch watch = StatementWatch.on(connection, monitor, listener)) {
            StepExecutor executor = new StepExecutor(connection, versionTable, auditTable, settings, watch, listener);
            executor.begin();
            ensureTables();
            for (MigrationStep step : steps) {
                listener.running(step);
                executor.run(step, migrations.get(step.revision().id()));
            }
            List<String> after = steps.isEmpty() ? heads : steps.get(steps.size() - 1).headsAfter();
            executor.finish(after);
            return new RunResult(heads, after, steps);
        }
    }

    /** Opens another connection to the runner's database. */
    public interface MonitorConnection {
        Connection open() throws SQLException;
    }

    private interface LockedWork<T> {
        T run(List<String> heads) throws SQLException;
    }

    private interface HeadsReader {
        List<String> read(Connection connection) throws SQLException;
    }

    private List<String> noHeads(Connection connection) {
        return List.of();
    }

    private <T> T locked(LockedWork<T> work) {
        return locked(versionTable::heads, work);
    }

    /** Under the advisory lock: reads the heads, then works; the work creates tables once it knows what to do. */
    private <T> T locked(HeadsReader heads, LockedWork<T> work) {
        try {
            connection.setAutoCommit(true);
            try (AdvisoryLock lock = AdvisoryLock.acquire(connection, settings.versionTable(),
                    settings.lockTimeout(), listener::info)) {
                return work.run(heads.read(connection));
            }
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    private void ensureTables() throws SQLException {
        BookkeepingTables.createIfMissing(connection, versionTable.name(), quote(versionTable.name()),
                List.of(versionTable.createSql()));
        BookkeepingTables.createIfMissing(connection, auditTable.name(), auditTable.sqlName(), auditTable.createSql());
    }

    private static RuntimeFailure databaseError(SQLException e) {
        return new RuntimeFailure("Database error: " + e.getMessage(), "Check the database is reachable and retry.", e);
    }
}
