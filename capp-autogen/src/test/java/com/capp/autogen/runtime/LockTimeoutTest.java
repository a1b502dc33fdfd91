package com.capp.autogen.runtime;

import com.capp.autogen.TestProject;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static com.capp.autogen.runtime.CappMigrationsTest.strings;
import static com.capp.autogen.runtime.CappMigrationsTest.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classic outage, on a real PostgreSQL: a reader holds ACCESS SHARE on {@code users} in an open
 * transaction while {@code upgrade} wants ACCESS EXCLUSIVE. A third connection keeps querying
 * {@code users} and measures how long it is queued behind the waiting ALTER.
 */
@ExtendWith(PostgresExtension.class)
class LockTimeoutTest {

    private static final String FAST_RETRIES = "ddl.lock.retry.delay=200ms";
    private static final String[] RETRYING = {"ddl.lock.timeout=500ms", "ddl.lock.attempts=6", FAST_RETRIES};
    private static final Path LOCKING = TestProject.FIXTURES.resolve("locking");

    @Test
    void givesUpAfterTheAttemptsNamingTheBlockerAndNeverQueuesOthersLongerThanTheTimeout(TestDatabase db)
            throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(LOCKING, target,
                "ddl.lock.timeout=1s", "ddl.lock.attempts=3", FAST_RETRIES);
        assertEquals(0, project.run("upgrade", "0001").code());

        TestProject.Run run;
        long thirdBlockedMillis;
        try (Connection blocker = target.connect(); Reader third = new Reader(target)) {
            int pid = holdAccessShare(blocker);
            run = project.run("upgrade", "head");
            thirdBlockedMillis = third.stop();
            assertTrue(run.err().contains("pid " + pid + " (application 'nightly-report', idle in transaction"), run.toString());
        }

        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("FAILED: Gave up on upgrade 0001 -> 0002 after 3 attempts (rolled back; the database stays at 0001)"),
                run.toString());
        assertTrue(run.err().contains("ACCESS EXCLUSIVE lock on users"), run.toString());
        assertTrue(run.err().contains("s (lock_timeout 1 s) for ACCESS EXCLUSIVE lock on users for upgrade 0001 -> 0002, statement 1; held by pid"),
                run.toString());
        assertTrue(run.err().contains("query started "), run.toString());
        assertTrue(run.err().contains("attempt 2 of 3"), run.toString());
        assertTrue(run.err().contains("SELECT count(*) FROM users WHERE id > ?"), "literal masked: " + run);
        assertEquals(List.of("0001"), versions(target));
        assertEquals(List.of(), strings(target,
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'nickname'"));
        assertEquals(List.of("upgrade:0001"), strings(target,
                "SELECT direction || ':' || revision FROM capp_autogen_history ORDER BY id"));
        System.out.printf("[lock-timeout] ddl.lock.timeout=1s x3 attempts: third connection blocked at most %d ms%n",
                thirdBlockedMillis);
        assertTrue(thirdBlockedMillis < 1_600, "queued behind the ALTER no longer than its lock_timeout: "
                + thirdBlockedMillis + " ms");
    }

    @Test
    void releasingTheBlockerDuringTheRetriesLetsTheUpgradeSucceed(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject.Run run = upgradeWhileBlockedForAWhile(TestProject.copyOf(LOCKING, target, RETRYING), target);
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("Lock timeout (500 ms) in upgrade 0001 -> 0002, attempt 1 of 6, rolled back"),
                run.toString());
        assertEquals(List.of("0002"), versions(target));
    }

    @Test
    void aNonTransactionalMigrationRetriesOnlyTheStatementThatTimedOut(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(LOCKING, target, RETRYING);
        // the same 0001; 0002 not transactional (the fixture holds only that file)
        Files.copy(TestProject.FIXTURES.resolve("locking-autocommit/fx/L0002.java"),
                project.migrations().resolve("fx/L0002.java"), StandardCopyOption.REPLACE_EXISTING);
        TestProject.Run run = upgradeWhileBlockedForAWhile(project, target);
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("Lock timeout (500 ms) in upgrade 0001 -> 0002, attempt 1 of 6; retrying"), run.toString());
        assertEquals(List.of("0002"), versions(target));
        assertEquals(List.of("orders"), strings(target, "SELECT tablename FROM pg_tables WHERE tablename = 'orders'"),
                "the committed first statement ran once (a second CREATE TABLE would have failed)");
    }

    /**
     * {@code upgrade head} from 0001 while a reader holds ACCESS SHARE on users for 1.2 s: with
     * {@link #RETRYING}, long enough for two or three lock timeouts to fire before it lets go.
     */
    private static TestProject.Run upgradeWhileBlockedForAWhile(TestProject project, TestDatabase target) throws Exception {
        assertEquals(0, project.run("upgrade", "0001").code());
        try (Connection blocker = target.connect()) {
            holdAccessShare(blocker);
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> rollbackAfter(blocker, 1_200));
            TestProject.Run run = project.run("upgrade", "head");
            release.join();
            return run;
        }
    }

    @Test
    void withoutALockTimeoutOtherSessionsQueueAsLongAsTheBlockerHoldsOn(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(LOCKING, target, "ddl.lock.timeout=0",
                "lint.allow.unsafe=true"); // lint rightly refuses ACCESS EXCLUSIVE without lock_timeout
        assertEquals(0, project.run("upgrade", "0001").code());
        long thirdBlockedMillis;
        TestProject.Run run;
        try (Connection blocker = target.connect(); Reader third = new Reader(target)) {
            holdAccessShare(blocker);
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> rollbackAfter(blocker, 3_000));
            run = project.run("upgrade", "head");
            release.join();
            thirdBlockedMillis = third.stop();
        }
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("(lock_timeout none)"), run.toString());
        System.out.printf("[lock-timeout] no lock_timeout, blocker held 3 s: third connection blocked at most %d ms%n",
                thirdBlockedMillis);
        assertTrue(thirdBlockedMillis > 2_000, "queued behind the waiting ALTER until the blocker let go: "
                + thirdBlockedMillis + " ms");
    }

    @Test
    void longStatementsReportProgressAndAMigrationCanRaiseItsStatementTimeout(TestDatabase db) {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.FIXTURES.resolve("progress"), target,
                "ddl.statement.timeout=2s");
        TestProject.Run run = project.run("upgrade", "head");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("Still running upgrade  -> 0001, statement 2: 5 s"), run.toString());
    }

    @Test
    void theProjectStatementTimeoutStopsARunawayStatementAndRollsBack(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.FIXTURES.resolve("runaway"), target,
                "ddl.statement.timeout=300ms");
        TestProject.Run run = project.run("upgrade", "head");
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.err().contains("canceling statement due to statement timeout"), run.toString());
        assertEquals(List.of(), versions(target));
        assertEquals(List.of(), strings(target, "SELECT tablename FROM pg_tables WHERE tablename = 'runaway'"));
    }

    private static int holdAccessShare(Connection blocker) throws Exception {
        try (Statement statement = blocker.createStatement()) {
            statement.execute("SET application_name = 'nightly-report'");
            int pid;
            try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
                row.next();
                pid = row.getInt(1);
            }
            blocker.setAutoCommit(false);
            statement.execute("SELECT count(*) FROM users WHERE id > 0");
            return pid;
        }
    }

    private static void rollbackAfter(Connection blocker, long millis) {
        try {
            Thread.sleep(millis);
            blocker.rollback();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A third session reading {@code users} in a loop; remembers its slowest read. */
    private static final class Reader implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong slowest = new AtomicLong();
        private final CompletableFuture<Void> loop;

        Reader(TestDatabase target) {
            loop = CompletableFuture.runAsync(() -> {
                try (Connection c = target.connect(); Statement s = c.createStatement()) {
                    while (running.get()) {
                        long start = System.nanoTime();
                        s.execute("SELECT count(*) FROM users");
                        slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                        Thread.sleep(20);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        long stop() {
            running.set(false);
            loop.join();
            return slowest.get();
        }

        @Override
        public void close() {
            running.set(false);
        }
    }
}
