package com.capp.autogen.runtime;

import com.capp.autogen.api.Migration;
import com.capp.autogen.revision.Direction;
import com.capp.autogen.revision.MigrationPlanner;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.ResolvedMigration;
import com.capp.autogen.revision.RevisionException;
import com.capp.autogen.revision.RevisionResolver;
import com.capp.autogen.revision.StampTarget;

import java.util.List;
import java.util.Map;

/**
 * The whole SQL of an upgrade or downgrade, written without a database (Alembic's {@code --sql}):
 * BEGIN/COMMIT around each transactional migration, the version table's CREATE when starting
 * from base, its INSERT/UPDATE/DELETE after each migration, and its DROP when a downgrade reaches
 * base; {@code COMMIT;} ... {@code BEGIN;} around each {@code op.outsideTransaction} block. Meant
 * for review and for psql.
 */
public final class OfflineScript {

    private final Migrations migrations;
    private final VersionTable versionTable;
    private final AuditTable auditTable;
    private final MigrationPlanner planner;
    private final RevisionResolver resolver;
    private final Map<String, String> xArguments;
    private final boolean perMigration;
    private final com.capp.autogen.config.DdlConfig ddl;

    public OfflineScript(Migrations migrations, RuntimeSettings settings) {
        this.migrations = migrations;
        this.ddl = settings.ddl();
        this.versionTable = new VersionTable(settings.versionTable());
        this.auditTable = new AuditTable(settings.auditTable());
        this.planner = new MigrationPlanner(migrations.graph());
        this.resolver = new RevisionResolver(migrations.graph());
        this.xArguments = settings.xArguments();
        this.perMigration = settings.transactionPerMigration();
    }

    /** @param range {@code target} (from base) or {@code from:target} */
    public String upgrade(String range) {
        int colon = range.indexOf(':');
        List<String> start = colon < 0 ? List.of() : startHeads(range.substring(0, colon));
        String target = colon < 0 ? range : range.substring(colon + 1);
        return script(start, planner.upgrade(start, target));
    }

    /** @param range {@code from:target}: offline, the current revision must be given */
    public String downgrade(String range) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new RevisionException("downgrade with --sql requires <fromrev>:<torev>, got '" + range + "'",
                    "For example `capp-autogen downgrade 0002:0001 --sql`.");
        }
        List<String> start = startHeads(range.substring(0, colon));
        return script(start, planner.downgrade(start, range.substring(colon + 1)));
    }

    /** @param range {@code target} (from base) or {@code from:target}: the version table rows, no migration run */
    public String stamp(String range) {
        int colon = range.indexOf(':');
        List<String> start = colon < 0 ? List.of() : startHeads(range.substring(0, colon));
        return stamp(start, List.of(colon < 0 ? range : range.substring(colon + 1)), false);
    }

    /** {@code stamp [--purge] REV... --sql}: from {@code start} (base: the table is created) to the heads named. */
    public String stamp(List<String> start, List<String> targets, boolean purge) {
        List<String> after = new StampTarget(migrations.graph()).heads(targets);
        StringBuilder text = new StringBuilder();
        ScriptStatementSink sink = new ScriptStatementSink(text);
        if (start.isEmpty() && !purge) {
            sink.run(versionTable.createSql());
        }
        auditTable.createSql().forEach(sink::run);
        sink.run("BEGIN");
        if (purge) {
            sink.run(versionTable.purgeSql());
        }
        versionTable.updateSql(purge ? List.of() : start, after).forEach(sink::run);
        for (String id : after.isEmpty() ? List.of("base") : after) {
            auditTable.insertSql(id, AuditTable.STAMP, after.isEmpty() ? null : migrations.get(id).checksum(),
                    null, null).forEach(sink::run);
        }
        sink.run("COMMIT");
        return text.toString();
    }

    /** {@code ensure_version --sql}: the version table's CREATE (and the audit table's). */
    public String ensureVersion() {
        StringBuilder text = new StringBuilder();
        ScriptStatementSink sink = new ScriptStatementSink(text);
        sink.run(versionTable.createSql());
        auditTable.createSql().forEach(sink::run);
        return text.toString();
    }

    private List<String> startHeads(String spec) {
        return migrations.graph().sorted(resolver.resolve(spec));
    }

    private String script(List<String> start, List<MigrationStep> steps) {
        StringBuilder text = new StringBuilder();
        ScriptStatementSink sink = new ScriptStatementSink(text);
        if (!perMigration) {
            sink.run("BEGIN"); // transaction.per.migration=false: the whole script is one transaction
        }
        if (start.isEmpty() && !steps.isEmpty() && steps.get(0).direction() == Direction.UPGRADE) {
            sink.run(versionTable.createSql());
        }
        auditTable.createSql().forEach(sink::run);
        for (MigrationStep step : steps) {
            append(sink, step, migrations.get(step.revision().id()));
        }
        if (!steps.isEmpty() && steps.get(steps.size() - 1).headsAfter().isEmpty()) {
            sink.run(versionTable.dropSql()); // as Alembic: at base the head script can be applied again
        }
        if (!perMigration) {
            sink.run("COMMIT");
        }
        return text.toString();
    }

    /** One migration; a non-transactional one runs between transactions, its version row in one of its own. */
    private void append(ScriptStatementSink sink, MigrationStep step, ResolvedMigration resolved) {
        Migration migration = resolved.newInstance();
        sink.comment("Running " + step.direction().word() + " " + step.arrow());
        boolean transactional = migration.transactional();
        StatementTimeouts timeouts = StatementTimeouts.of(ddl, migration);
        if (!transactional) {
            if (!perMigration) {
                sink.run("COMMIT");
            }
            sink.comment("not transactional (Migration.transactional() is false): statements autocommit");
        } else if (perMigration) {
            sink.run("BEGIN");
        }
        timeouts.setSql(transactional).forEach(sink::run); // a script cannot retry: a lock timeout stops it
        RecordingOp op = RecordingOp.executing(sink, xArguments,
                transactional ? outsideBlocks(sink) : TransactionBoundary.NONE);
        if (step.direction() == Direction.UPGRADE) {
            migration.upgrade(op);
        } else {
            migration.downgrade(op);
        }
        if (!transactional) {
            StatementTimeouts.resetSql().forEach(sink::run);
            sink.run("BEGIN");
        }
        versionTable.updateSql(step.headsBefore(), step.headsAfter()).forEach(sink::run);
        auditTable.insertSql(step.revision().id(), step.direction(), resolved.checksum(),
                step.revision().message(), null).forEach(sink::run);
        if (perMigration || !transactional) {
            sink.run("COMMIT");
        }
        if (!perMigration && !transactional) {
            sink.run("BEGIN");
        }
    }

    /** An op.outsideTransaction block: COMMIT before it, its statements autocommit, BEGIN after it. */
    private static TransactionBoundary outsideBlocks(ScriptStatementSink sink) {
        return new TransactionBoundary() {
            @Override
            public void leave() {
                sink.run("COMMIT");
                sink.comment("outside the transaction (op.outsideTransaction): each statement commits on its own");
            }

            @Override
            public void reenter() {
                sink.run("BEGIN");
            }
        };
    }
}
