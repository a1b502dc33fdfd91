package com.capp.autogen.runtime;

import com.capp.autogen.api.Migration;
import com.capp.autogen.revision.Direction;
import com.capp.autogen.revision.MigrationPlanner;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.ResolvedMigration;
import com.capp.autogen.revision.RevisionException;
import com.capp.autogen.revision.RevisionResolver;
import com.capp.autogen.sql.PostgresSql;

import java.util.List;

/**
 * The whole SQL of an upgrade or downgrade, written without a database (Alembic's {@code --sql}):
 * BEGIN/COMMIT around each transactional migration, the version table's CREATE when starting
 * from base, and its INSERT/UPDATE/DELETE after each migration; {@code COMMIT;} ... {@code BEGIN;}
 * around each {@code op.outsideTransaction} block. Meant for review and for psql.
 */
public final class OfflineScript {

    private final Migrations migrations;
    private final VersionTable versionTable;
    private final AuditTable auditTable;
    private final MigrationPlanner planner;
    private final RevisionResolver resolver;

    public OfflineScript(Migrations migrations, RuntimeSettings settings) {
        this.migrations = migrations;
        this.versionTable = new VersionTable(settings.versionTable());
        this.auditTable = new AuditTable(settings.auditTable());
        this.planner = new MigrationPlanner(migrations.graph());
        this.resolver = new RevisionResolver(migrations.graph());
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
        List<String> after = startHeads(colon < 0 ? range : range.substring(colon + 1));
        StringBuilder text = new StringBuilder();
        ScriptStatementSink sink = new ScriptStatementSink(text);
        if (start.isEmpty()) {
            sink.run(versionTable.createSql());
        }
        sink.run(auditTable.createSql());
        sink.run("BEGIN");
        versionTable.updateSql(start, after).forEach(sink::run);
        for (String id : after.isEmpty() ? List.of("base") : after) {
            sink.run(auditTable.insertSql(id, AuditTable.STAMP, after.isEmpty() ? null : migrations.get(id).checksum(),
                    null, null));
        }
        sink.run("COMMIT");
        return text.toString();
    }

    private List<String> startHeads(String spec) {
        return migrations.graph().sorted(resolver.resolve(spec));
    }

    private String script(List<String> start, List<MigrationStep> steps) {
        StringBuilder text = new StringBuilder();
        ScriptStatementSink sink = new ScriptStatementSink(text);
        if (start.isEmpty() && !steps.isEmpty() && steps.get(0).direction() == Direction.UPGRADE) {
            sink.run(versionTable.createSql());
        }
        sink.run(auditTable.createSql());
        for (MigrationStep step : steps) {
            append(sink, step, migrations.get(step.revision().id()));
        }
        return text.toString();
    }

    private void append(ScriptStatementSink sink, MigrationStep step, ResolvedMigration resolved) {
        Migration migration = resolved.newInstance();
        sink.comment("Running " + step.direction().word() + " " + step.arrow());
        boolean transactional = migration.transactional();
        if (transactional) {
            sink.run("BEGIN");
        } else {
            sink.comment("not transactional (Migration.transactional() is false): statements autocommit");
        }
        RecordingOp op = new RecordingOp(operation -> PostgresSql.statements(operation).forEach(sink::run),
                transactional ? outsideBlocks(sink) : TransactionBoundary.NONE);
        if (step.direction() == Direction.UPGRADE) {
            migration.upgrade(op);
        } else {
            migration.downgrade(op);
        }
        if (!transactional) {
            sink.run("BEGIN");
        }
        versionTable.updateSql(step.headsBefore(), step.headsAfter()).forEach(sink::run);
        sink.run(auditTable.insertSql(step.revision().id(), step.direction(), resolved.checksum(),
                step.revision().message(), null));
        sink.run("COMMIT");
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
