package com.capp.autogen.runtime;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.autogen.app.MigrateUseCase;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.capp.autogen.runtime.CappMigrationsTest.strings;
import static com.capp.autogen.runtime.CappMigrationsTest.tables;
import static com.capp.autogen.runtime.CappMigrationsTest.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a failed run left behind, read from a real PostgreSQL, and a safe next step: never `downgrade base`. */
@ExtendWith(PostgresExtension.class)
class MigrationFailureStateTest {

    private static final String SLEEP = "SELECT pg_sleep(60)";

    @Test
    void aTerminatedBackendIsReportedWithItsFirstCauseRevisionAndStatement(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = project(target, revision("0001", null, true,
                "op.execute(\"CREATE TABLE before_sleep (id int)\"); op.execute(\"" + SLEEP + "\");"));
        MigrateUseCase migrate = new MigrateUseCase(project.project(), MigrationListener.SILENT);
        migrate.upgradeScript("base:head"); // compile before the clock starts
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<RunResult> run = pool.submit(() -> migrate.upgrade("head", false));
            terminateBackendRunning(target, SLEEP);
            ExecutionException failed = assertThrows(ExecutionException.class, () -> run.get(30, TimeUnit.SECONDS));

            MigrationFailedException failure = assertInstanceOf(MigrationFailedException.class, failed.getCause());
            assertEquals("0001", failure.revision());
            assertEquals(SLEEP, failure.statement());
            assertTrue(failure.getMessage().contains("terminating connection due to administrator command"),
                    failure.getMessage());
            assertTrue(failure.getMessage().contains("connection lost; PostgreSQL rolls back the open transaction, "
                    + "so the database stays at <base>"), failure.getMessage());
            assertFalse(failure.getMessage().contains("has been closed"), failure.getMessage());
            assertTrue(failure.hint().contains("The connection to the database was lost"), failure.hint());
        } finally {
            pool.shutdownNow();
        }
        assertFalse(tables(target).contains("before_sleep"), "the open transaction was rolled back");
        assertEquals(List.of(), versions(target));
    }

    @Test
    void aFailedConcurrentBuildNamesTheInvalidIndexAndTheRerunSaysWhatTheEarlierRunDid(TestDatabase db)
            throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = project(target,
                revision("0001", null, true, "op.execute(\"CREATE TABLE accounts (email text)\");"
                        + " op.execute(\"INSERT INTO accounts VALUES ('a@x'), ('a@x')\");"),
                revision("0002", "0001", false, "op.execute(\"CREATE TABLE notes (id int)\");"
                        + " op.execute(\"CREATE UNIQUE INDEX CONCURRENTLY ux_accounts_email ON accounts (email)\");"));

        Run first = project.run("upgrade", "head");

        assertEquals(1, first.code(), first.toString());
        assertTrue(first.err().contains("NOT transactional: these statements ran and remain:\n    CREATE TABLE notes (id int)"),
                first.err());
        assertTrue(first.err().contains("Index public.ux_accounts_email on accounts is INVALID (left by a failed CREATE INDEX "
                + "CONCURRENTLY): drop it with `DROP INDEX CONCURRENTLY public.ux_accounts_email;`"), first.err());
        assertEquals(List.of("0001"), versions(target));

        Run rerun = project.run("upgrade", "head");

        assertEquals(1, rerun.code(), rerun.toString());
        assertTrue(rerun.err().contains("relation \"notes\" already exists"), rerun.err());
        assertTrue(rerun.err().contains("An earlier run of 0002 (not transactional) stopped part-way; its upgrade "
                + "stopped after: CREATE TABLE notes (id int). Those changes are still in the database"), rerun.err());
        assertTrue(rerun.err().contains("Index public.ux_accounts_email on accounts is INVALID"), rerun.err());
        assertFalse(first.err().contains("downgrade base") || rerun.err().contains("downgrade base"), rerun.err());
        assertEquals(List.of("partial"), strings(target,
                "SELECT direction FROM capp_autogen_history WHERE revision = '0002'"));
    }

    @Test
    void anObjectThatAlreadyExistsSuggestsStampNotDowngradeBase(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = project(target, revision("0001", null, true, "op.execute(\"CREATE TABLE made_by_hand (id int)\");"));
        try (Connection c = target.connect()) {
            c.createStatement().execute("CREATE TABLE made_by_hand (id int)");
        }

        Run run = project.run("upgrade", "head");

        assertEquals(1, run.code(), run.toString());
        assertTrue(run.err().contains("record the revision it matches with `capp-autogen stamp REV`"), run.err());
        assertFalse(run.err().contains("downgrade base"), run.err());
    }

    @Test
    void downgradeBaseNeedsYesWhenNotInteractiveAndAsksOnATerminal(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = project(target, revision("0001", null, true, "op.execute(\"CREATE TABLE IF NOT EXISTS kept (id int)\");"));
        assertEquals(0, project.run("upgrade", "head").code());

        Run refused = project.run("downgrade", "base");
        assertEquals(2, refused.code(), refused.toString());
        assertTrue(refused.err().contains("`downgrade base` runs every migration's downgrade: it drops all the tables"),
                refused.err());
        assertTrue(refused.err().contains("Rerun with --yes (-y)"), refused.err());
        assertEquals(List.of("0001"), versions(target));

        Run declined = project.runOnTerminal(prompt -> "no", "downgrade", "base");
        assertEquals(1, declined.code(), declined.toString());
        assertEquals(List.of("0001"), versions(target));

        Run accepted = project.runOnTerminal(prompt -> prompt.endsWith("Type 'yes' to continue: ") ? "yes" : "no",
                "downgrade", "base");
        assertEquals(0, accepted.code(), accepted.toString());
        assertEquals(List.of(), versions(target));
        assertEquals(0, project.run("upgrade", "head").code());
        assertEquals(0, project.run("downgrade", "base", "-y").code());
        assertEquals(List.of(), versions(target));
    }

    /** Waits until a backend of {@code target} runs {@code query}, then terminates it from another connection. */
    private static void terminateBackendRunning(TestDatabase target, String query) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection admin = target.connect();
             PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND query = ? AND pid <> pg_backend_pid()")) {
            kill.setString(1, query);
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = kill.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("no backend ran " + query);
    }

    private static String revision(String id, String revises, boolean transactional, String upgrade) {
        return """
                package fx;
                import com.capp.autogen.api.*;
                @Revision(id = "%s", %s message = "r%s")
                public class R%s extends Migration {
                    @Override public boolean transactional() { return %s; }
                    @Override public void upgrade(Op op) { %s }
                    @Override public void downgrade(Op op) { }
                }
                """.formatted(id, revises == null ? "" : "revises = \"" + revises + "\",", id, id, transactional, upgrade);
    }

    private static TestProject project(TestDatabase target, String... revisions) throws IOException {
        TestProject project = TestProject.copyOf(Files.createTempDirectory("failure-migrations"), target);
        Path fx = Files.createDirectories(project.migrations().resolve("fx"));
        for (String source : revisions) {
            String id = source.substring(source.indexOf("id = \"") + 6, source.indexOf("id = \"") + 10);
            Files.writeString(fx.resolve("R" + id + ".java"), source);
        }
        return project;
    }
}
