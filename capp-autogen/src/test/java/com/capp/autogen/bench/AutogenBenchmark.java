package com.capp.autogen.bench;

import com.capp.autogen.TestProject;
import com.capp.autogen.app.DatabaseSchemaSource;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.compare.SchemaComparator;
import com.capp.autogen.model.HibernateModelReader;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.plan.Plan;
import com.capp.autogen.plan.Planner;
import com.capp.autogen.render.JavaMigrationRenderer;
import com.capp.autogen.render.SqlScriptRenderer;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Table;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Times each stage of a diff (inspect, PostgreSQL spelling the target's expressions, model,
 * compare+plan, render), the whole diff, and peak heap, for CAPP and synthetic schemas of 100, 500
 * and 2,000 tables; then {@code check} on CAPP as a whole process, JVM start included.
 * Run: {@code mvn -B -pl capp-autogen -am verify -Dtest=AutogenBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures go to target/benchmark.txt and stdout.
 * Targets: 2,000 tables end to end under 10 s with under 1 GiB heap; CAPP check under 3 s.
 */
@ExtendWith(PostgresExtension.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AutogenBenchmark {

    private static final int PROCESS_RUNS = 5;

    @Test
    void measure(TestDatabase db) throws Exception {
        List<String> report = new ArrayList<>();
        TestDatabase capp = db.createDatabase();
        new CheckProcess(capp).upgradeHead();
        report.add(row("CAPP (11 tables, model)", capp, () -> new HibernateModelReader().read(TestProject.CAPP_MODEL)));
        for (int tables : new int[] {100, 500, 2000}) {
            TestDatabase synthetic = db.createDatabase();
            execute(synthetic, SyntheticSchema.sql(tables));
            report.add(row("synthetic " + tables + " tables", synthetic, null));
        }
        List<Long> check = new CheckProcess(capp).times(PROCESS_RUNS);
        report.add(String.format("CAPP check, whole process (launcher's JVM flags, no CDS archive): median %d ms "
                + "(%d..%d) of %d runs", check.get(check.size() / 2), check.get(0), check.get(check.size() - 1),
                check.size()));
        String text = String.join("\n", report);
        Files.writeString(Path.of("target/benchmark.txt"), text + "\n");
        System.out.println(text);
        assertEquals(5, report.size());
    }

    /** @param model the target, or null for the database itself with every tenth table changed */
    private static String row(String name, TestDatabase database, Supplier<Schema> model) {
        HeapPeaks.reset();
        long start = System.nanoTime();
        DatabaseSchemaSource source = new DatabaseSchemaSource(database.dataSource(), name, "alembic_version");
        Schema current = source.load(List.of());
        long inspectMs = ms(start);
        long t = System.nanoTime();
        Schema target = model != null ? model.get() : changed(current);
        long modelMs = model != null ? ms(t) : 0;
        t = System.nanoTime();
        ExpressionEquivalence equivalence = source.equivalenceFor(current, target);
        long spellMs = ms(t);
        t = System.nanoTime();
        List<Operation> ops = new SchemaComparator(equivalence).compare(current, target, CompareOptions.ALL);
        Plan plan = new Planner().plan(ops);
        long compareMs = ms(t);
        t = System.nanoTime();
        int size = new JavaMigrationRenderer().render(plan).upgrade().length()
                + new SqlScriptRenderer().render(plan.upgrade()).length();
        long renderMs = ms(t);
        assertTrue(model != null ? ops.isEmpty() : ops.size() == (current.tables().size() + 9) / 10, name);
        return String.format("%-26s inspect %5d | spell %5d | model %5d | compare+plan %4d (%d ops) | render %3d "
                        + "(%d chars) | end to end %5d ms | peak heap %d MiB", name, inspectMs, spellMs, modelMs,
                compareMs, ops.size(), renderMs, size, ms(start), HeapPeaks.mib());
    }

    /**
     * Every tenth table gets a new column, so compare has real work and render has output; every
     * check is written as a model writes it ({@code amount >= 0}, not PostgreSQL's
     * {@code (amount >= (0)::numeric)}), so PostgreSQL has one text per table to spell.
     */
    private static Schema changed(Schema schema) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < schema.tables().size(); i++) {
            Table t = schema.tables().get(i).withChecks(List.of(new CheckConstraint(null, "amount >= 0")));
            if (i % 10 == 0) {
                List<Column> columns = new ArrayList<>(t.columns());
                columns.add(Column.of("added_" + i, "text"));
                t = t.withColumns(columns);
            }
            tables.add(t);
        }
        return schema.withTables(tables);
    }

    static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
