package com.capp.autogen.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Times whole CLI processes (JVM start to exit), as a user sees them: {@code current} on a database
 * at head, {@code upgrade head} of 0001+0002 on an empty database, {@code history} over a synthetic
 * chain of 1,000 revisions. Run with {@code capp-autogen/bench/run.sh} from the repository root.
 */
public final class CliBenchmark {

    private static final int RUNS = 5;

    private final EmbeddedPostgres server;
    private final Path repoRoot;

    private CliBenchmark(EmbeddedPostgres server, Path repoRoot) {
        this.server = server;
        this.repoRoot = repoRoot;
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            new CliBenchmark(server, Path.of("").toAbsolutePath()).run();
        }
    }

    private void run() throws Exception {
        System.out.printf("capp-autogen CLI benchmark: whole JVM processes, median of %d runs (min..max)%n", RUNS);
        String atHead = createDatabase("bench_current");
        cli(repoRoot, atHead, "upgrade", "head"); // also fills the compile cache
        report("current (db at head)", "< 1 s", times(RUNS, i -> cli(repoRoot, atHead, "current")));

        report("upgrade head 0001+0002 (empty db)", "< 2 s",
                times(RUNS, i -> cli(repoRoot, createDatabase("bench_up_" + i), "upgrade", "head")));

        Path chain = SyntheticChain.write(1000);
        long cold = cli(chain, atHead, "history");
        System.out.printf("  history, 1,000 revisions, first run (compiles 1,000 sources): %d ms%n", cold);
        report("history, 1,000 revisions (compiled classes cached)", "< 2 s",
                times(RUNS, i -> cli(chain, atHead, "history")));
    }

    private interface Timed {
        long run(int index) throws Exception;
    }

    private static List<Long> times(int runs, Timed timed) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(timed.run(i));
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(String what, String target, List<Long> millis) {
        System.out.printf("  %-52s %5d ms  (%d..%d)   target %s%n", what, millis.get(millis.size() / 2),
                millis.get(0), millis.get(millis.size() - 1), target);
    }

    /** One CLI process; its wall time in milliseconds. Fails on a non-zero exit. */
    private long cli(Path workingDir, String databaseUrl, String... args) throws IOException, InterruptedException {
        return CliProcess.timed(workingDir, Map.of("DATABASE_URL", databaseUrl), args);
    }

    private String createDatabase(String name) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return server.getJdbcUrl("postgres", name);
    }

    /** A project folder holding a linear chain of empty revisions. */
    static final class SyntheticChain {

        static Path write(int count) throws IOException {
            Path root = Files.createTempDirectory("capp-bench-chain");
            Path pkg = Files.createDirectories(root.resolve("migrations/bench"));
            Files.writeString(root.resolve("capp-autogen.properties"), "migrations.location=migrations\n");
            for (int i = 1; i <= count; i++) {
                String id = String.format("%04d", i);
                String revises = i == 1 ? "" : "\"" + String.format("%04d", i - 1) + "\"";
                Files.writeString(pkg.resolve("R" + id + ".java"), "package bench;\n"
                        + "@com.capp.autogen.api.Revision(id = \"" + id + "\", revises = {" + revises + "}, message = \"step "
                        + i + "\")\npublic class R" + id + " extends com.capp.autogen.api.Migration {\n"
                        + "    public void upgrade(com.capp.autogen.api.Op op) { op.execute(\"SELECT " + i + "\"); }\n"
                        + "    public void downgrade(com.capp.autogen.api.Op op) { }\n}\n");
            }
            return root;
        }
    }
}
