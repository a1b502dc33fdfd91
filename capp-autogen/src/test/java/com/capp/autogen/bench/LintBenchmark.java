package com.capp.autogen.bench;

import com.capp.autogen.app.Project;
import com.capp.autogen.lint.LintReport;
import com.capp.autogen.lint.Linter;
import com.capp.autogen.lint.TableFacts;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.ResolvedMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lint of 1,000 revisions: each creates a table with an index, adds a column to the previous
 * revision's table (new in the run, so no finding) and to an existing table, and builds a plain
 * index on that existing table with an allowance (a finding, allowed). Times the lint itself (median of 5, peak heap) and {@code lint --all} as a whole
 * process (JVM start and compiling the 1,000 sources from the warm class cache included).
 * Run: {@code mvn -B -pl capp-autogen -am verify -Dtest=LintBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures go to target/lint-benchmark.txt and stdout.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LintBenchmark {

    private static final int REVISIONS = 1_000;
    private static final int RUNS = 5;

    @Test
    void measure() throws Exception {
        Path root = write(REVISIONS);
        Project project = Project.open(root.resolve("capp-autogen.properties"), Map.of(), null);
        long start = System.nanoTime();
        Migrations migrations = project.migrations();
        long loadMs = ms(start);
        List<ResolvedMigration> ordered = migrations.graph().order().stream().map(migrations::get).toList();
        Linter linter = new Linter(project.config().ddl(), TableFacts.NONE);

        List<Long> times = new ArrayList<>();
        LintReport report = null;
        HeapPeaks.reset();
        for (int run = 0; run < RUNS; run++) {
            long t = System.nanoTime();
            report = linter.lint(ordered);
            times.add(ms(t));
        }
        long heap = HeapPeaks.mib();
        Collections.sort(times);
        List<Long> process = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            process.add(CliProcess.timed(root, Map.of(), "lint", "--all"));
        }
        Collections.sort(process);

        String text = String.format("lint of %,d revisions (%,d statements, %d findings: %d errors, %d warnings, %d allowed): "
                        + "median %d ms (%d..%d) of %d runs, peak heap %d MiB; loading them first (compile or class cache) %d ms%n"
                        + "lint --all as a whole process: median %d ms (%d..%d) of %d runs",
                REVISIONS, report.statements(), report.findings().size(), report.errors(), report.warnings(),
                report.allowed(), times.get(RUNS / 2), times.get(0), times.get(RUNS - 1), RUNS, heap, loadMs,
                process.get(RUNS / 2), process.get(0), process.get(RUNS - 1), RUNS);
        Files.writeString(Path.of("target/lint-benchmark.txt"), text + "\n");
        System.out.println(text);
        assertEquals(REVISIONS, report.migrations());
        assertEquals(0, report.errors(), "the synthetic chain is written to lint without errors");
        assertEquals(REVISIONS - 1, report.allowed());
    }

    private static Path write(int count) throws Exception {
        Path root = Files.createTempDirectory("capp-lint-bench");
        Path pkg = Files.createDirectories(root.resolve("migrations/bench"));
        Files.writeString(root.resolve("capp-autogen.properties"),
                "migrations.location=migrations\ncache.location=" + root.resolve("cache") + "\n");
        for (int i = 1; i <= count; i++) {
            Files.writeString(pkg.resolve("L" + id(i) + ".java"), source(i));
        }
        return root;
    }

    private static String source(int i) {
        String table = "t" + id(i);
        String previous = "t" + id(i - 1);
        StringBuilder body = new StringBuilder()
                .append("        op.createTable(\"").append(table).append("\", column(\"id\", \"bigint\").notNull(), ")
                .append("column(\"name\", \"varchar(100)\"), column(\"created_at\", \"timestamptz\").serverDefault(\"now()\"), ")
                .append("primaryKey(\"").append(table).append("_pkey\", \"id\"));\n")
                .append("        op.createIndex(\"ix_").append(table).append("_name\", \"").append(table).append("\", \"name\");\n");
        if (i > 1) {
            body.append("        op.addColumn(\"").append(previous).append("\", column(\"note\", \"text\"));\n")
                    .append("        op.addColumn(\"legacy\", column(\"c").append(i).append("\", \"text\"));\n")
                    .append("        op.allowing(\"require-concurrent-index-creation\", \"legacy is small\")")
                    .append(".createIndex(\"ix_legacy_c").append(i).append("\", \"legacy\", \"c").append(i).append("\");\n");
        }
        return "package bench;\n\nimport static com.capp.autogen.api.Ddl.*;\n\n"
                + "@com.capp.autogen.api.Revision(id = \"" + id(i) + "\", revises = {" + (i == 1 ? "" : "\"" + id(i - 1) + "\"")
                + "}, message = \"step " + i + "\")\npublic class L" + id(i) + " extends com.capp.autogen.api.Migration {\n"
                + "    public void upgrade(com.capp.autogen.api.Op op) {\n" + body + "    }\n"
                + "    public void downgrade(com.capp.autogen.api.Op op) { }\n}\n";
    }

    private static String id(int i) {
        return String.format("%04d", i);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
