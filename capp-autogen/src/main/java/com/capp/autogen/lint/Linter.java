package com.capp.autogen.lint;

import com.capp.autogen.api.Migration;
import com.capp.autogen.config.DdlConfig;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.revision.ResolvedMigration;
import com.capp.autogen.runtime.RuntimeFailure;
import com.capp.autogen.runtime.StatementTimeouts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads migrations like a PostgreSQL expert: each statement their {@code upgrade()} would run goes
 * through every {@link Rule}, in order, so a table created earlier in the run counts as new (empty).
 * Needs no database; {@link TableFacts} from one add row counts, sizes and current column types.
 */
public final class Linter {

    private final DdlConfig ddl;
    private final TableFacts facts;
    private final List<Check> checks = List.of(new IndexChecks(), new AlterTableChecks(), new AddColumnCheck(),
            new StatementChecks(), new ScopeTracker());

    public Linter(DdlConfig ddl, TableFacts facts) {
        this.ddl = ddl;
        this.facts = facts;
    }

    /** @param migrations in the order they run (bases first) */
    public LintReport lint(List<ResolvedMigration> migrations) {
        Map<String, Migration> byRevision = new LinkedHashMap<>();
        migrations.forEach(m -> byRevision.put(m.info().id(), m.newInstance()));
        return lint(byRevision);
    }

    LintReport lint(Map<String, Migration> byRevision) {
        LintScope scope = new LintScope(facts);
        Findings findings = new Findings(facts);
        int statements = 0;
        for (Map.Entry<String, Migration> entry : byRevision.entrySet()) {
            List<LintedStatement> recorded = MigrationRecorder.record(entry.getKey(), entry.getValue());
            requireKnownRules(entry.getKey(), recorded);
            lintMigration(recorded, StatementTimeouts.of(ddl, entry.getValue()), scope, findings);
            statements += recorded.size();
        }
        return new LintReport(findings.list(), byRevision.size(), statements);
    }

    /** Operations autogenerate proposes, as the one transactional migration they would become. */
    public LintReport lintOperations(String label, List<Operation> operations) {
        List<LintedStatement> recorded = MigrationRecorder.record(label, operations);
        Findings findings = new Findings(facts);
        lintMigration(recorded, new StatementTimeouts(ddl.lockTimeout(), ddl.statementTimeout()),
                new LintScope(facts), findings);
        return new LintReport(findings.list(), 1, recorded.size());
    }

    private void lintMigration(List<LintedStatement> statements, StatementTimeouts timeouts, LintScope scope,
                               Findings findings) {
        scope.startMigration(timeouts);
        DataWithDdlCheck dataWithDdl = new DataWithDdlCheck();
        for (LintedStatement statement : statements) {
            dataWithDdl.observe(statement, scope);
            checks.forEach(check -> check.check(statement, scope, findings));
        }
        dataWithDdl.finish(findings);
    }

    /** An allowance naming no rule is most likely a typo that would hide nothing: say so. */
    private static void requireKnownRules(String revision, List<LintedStatement> statements) {
        statements.stream().flatMap(s -> s.allowances().stream()).map(a -> a.rule())
                .filter(id -> Rule.byId(id).isEmpty()).findFirst().ifPresent(id -> {
                    throw new RuntimeFailure("Migration " + revision + " allows lint rule '" + id
                            + "', which does not exist", "Use a rule id listed in docs/LINT.md.");
                });
    }
}
