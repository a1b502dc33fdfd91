package com.capp.autogen.bench;

import com.capp.autogen.app.DatabaseSchemaSource;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.compare.SchemaComparator;
import com.capp.autogen.model.HibernateModelReader;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.plan.Plan;
import com.capp.autogen.plan.Planner;
import com.capp.autogen.render.JavaMigrationRenderer;
import com.capp.autogen.render.SqlScriptRenderer;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Table;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.SharedFiles;
import com.capp.testsupport.SqlScript;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Times inspect / model / compare / render and peak heap for CAPP and synthetic schemas.
 * Run: {@code mvn -B -pl capp-autogen -am verify -Dtest=AutogenBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures go to target/benchmark.txt and stdout.
 */
@ExtendWith(PostgresExtension.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AutogenBenchmark {

    @Test
    void measure(TestDatabase db) throws Exception {
        List<String> report = new ArrayList<>();
        TestDatabase capp = db.createDatabase();
        SqlScript.run(capp, SharedFiles.capp("capp_head.sql"));
        long t0 = System.nanoTime();
        Schema model = new HibernateModelReader().read(ModelSpec.capp());
        long modelMs = ms(t0);
        report.add(row("CAPP (11 tables)", capp, model, modelMs));
        for (int tables : new int[] {100, 500, 2000}) {
            TestDatabase synthetic = db.createDatabase();
            execute(synthetic, SyntheticSchema.sql(tables));
            report.add(row("synthetic " + tables + " tables", synthetic, null, 0));
        }
        String text = String.join("\n", report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/benchmark.txt"), text + "\n");
        System.out.println(text);
        assertTrue(report.size() == 4);
    }

    private static String row(String name, TestDatabase database, Schema model, long modelMs) {
        resetPeaks();
        long t = System.nanoTime();
        Schema current = new DatabaseSchemaSource(database.dataSource(), name, "alembic_version").load(List.of());
        long inspectMs = ms(t);
        Schema target = model != null ? model : changed(current);
        t = System.nanoTime();
        List<Operation> ops = new SchemaComparator().compare(current, target, CompareOptions.ALL);
        Plan plan = new Planner().plan(ops);
        long compareMs = ms(t);
        t = System.nanoTime();
        int size = new JavaMigrationRenderer().render(plan).upgrade().length()
                + new SqlScriptRenderer().render(plan.upgrade()).length();
        long renderMs = ms(t);
        return String.format("%-28s inspect %6d ms | model %5d ms | compare+plan %5d ms (%d ops) | render %4d ms "
                + "(%d chars) | peak heap %d MiB", name, inspectMs, modelMs, compareMs, ops.size(), renderMs, size,
                peakHeapMiB());
    }

    /** Every tenth table gets a new column, so compare has real work and render has output. */
    private static Schema changed(Schema schema) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < schema.tables().size(); i++) {
            Table t = schema.tables().get(i);
            if (i % 10 == 0) {
                List<com.capp.autogen.schema.Column> columns = new ArrayList<>(t.columns());
                columns.add(com.capp.autogen.schema.Column.of("added_" + i, "text"));
                t = t.withColumns(columns);
            }
            tables.add(t);
        }
        return schema.withTables(tables);
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
