package com.capp.autogen.cli;

import com.capp.autogen.DevProcesses;
import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The zero-config dev database after hostile interruptions, with real CLI processes on a private
 * cache folder: a kill -9 leaves an orphan server the next run stops, cold-cache runs at the same
 * time do not race on initdb, and an unusable cache folder is said at once.
 */
class DevDatabaseRecoveryTest {

    private static final Path WIDGETS = TestProject.FIXTURES.resolve("widgets");
    private static final String[] CHECK = {"check", "--model-package", "com.capp.autogen.fixtures.widgets.v1"};

    private Path cache;

    @AfterEach
    void noServerLeft() throws Exception {
        if (cache != null) {
            assertEquals(0, DevProcesses.awaitNoPostgresUnder(cache, 10), "a postgres process outlived the test");
        }
    }

    @Test
    void aServerOrphanedByKillMinus9IsStoppedByTheNextRun() throws Exception {
        cache = newCache();
        TestProject project = TestProject.copyOf(WIDGETS, null);
        CliProcessRun killed = CliProcessRun.start(project, cache, CHECK);
        assertTrue(killed.awaitLine(line -> line.contains("Embedded PostgreSQL ready")), killed.output());
        killed.process().destroyForcibly(); // kill -9: no shutdown hook runs
        killed.process().waitFor(30, TimeUnit.SECONDS);
        assertTrue(DevProcesses.postgresUnder(cache) > 0, "kill -9 should have left the server running");

        long started = System.nanoTime();
        CliProcessRun next = CliProcessRun.start(project, cache, CHECK);
        int code = next.finish();
        System.out.printf("run after kill -9 took %.1f s%n", (System.nanoTime() - started) / 1e9);

        assertEquals(0, code, next.output());
        assertTrue(next.output().contains("Stopping a stale embedded PostgreSQL (pid "), next.output());
        assertFalse(next.output().contains("private one"), "the cached data directory was reused: " + next.output());
    }

    @Test
    void coldCacheRunsAtTheSameTimeBothSucceedAndLeaveOneInitialisedDataDirectory() throws Exception {
        cache = newCache();
        TestProject project = TestProject.copyOf(WIDGETS, null);
        CliProcessRun first = CliProcessRun.start(project, cache, CHECK);
        assertTrue(first.awaitLine(line -> line.contains("Starting embedded PostgreSQL")), first.output());
        assertTrue(lockHeldByAnotherProcess(cache), "the data-directory lock is taken before initdb");
        CliProcessRun second = CliProcessRun.start(project, cache, CHECK);

        assertEquals(0, first.finish(), first.output());
        assertEquals(0, second.finish(), second.output());

        try (Stream<Path> dataDirs = Files.list(cache)) {
            Path dataDir = dataDirs.filter(p -> p.getFileName().toString().matches("data-pg[0-9.]+")).findFirst()
                    .orElseThrow();
            assertTrue(Files.isRegularFile(dataDir.resolve("PG_VERSION")), "initialised once, completely");
        }
        try (Stream<Path> entries = Files.list(cache)) {
            assertFalse(entries.anyMatch(p -> p.getFileName().toString().startsWith("private-data-")));
        }
        CliProcessRun third = CliProcessRun.start(project, cache, CHECK);
        assertEquals(0, third.finish(), third.output());
        assertFalse(third.output().contains("private one"), "the cache is usable afterwards: " + third.output());
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsSaidAtOnce() throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "not-a-folder", ".txt").toAbsolutePath();
        Path unusable = file.resolve("cache");
        TestProject project = TestProject.copyOf(WIDGETS, null);

        Run check = project.run(Map.of("CAPP_AUTOGEN_CACHE", unusable.toString()), CHECK);

        assertEquals(2, check.code(), check.toString());
        assertTrue(check.err().contains("FAILED: Cache folder " + unusable + ": it is not writable"), check.err());
        assertTrue(check.err().contains("Set CAPP_AUTOGEN_CACHE to a writable folder"), check.err());
    }

    /** Polls for the cache's data-pg*.lock and reports whether another process holds it. */
    private static boolean lockHeldByAnotherProcess(Path cache) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> entries = Files.list(cache)) {
                Optional<Path> lock = entries.filter(p -> p.getFileName().toString().endsWith(".lock")
                        && p.getFileName().toString().startsWith("data-pg")).findFirst();
                if (lock.isPresent()) {
                    try (FileChannel channel = FileChannel.open(lock.get(), StandardOpenOption.WRITE)) {
                        FileLock mine = channel.tryLock();
                        if (mine == null) {
                            return true;
                        }
                        mine.release();
                    }
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static Path newCache() throws IOException {
        return Files.createTempDirectory(Path.of("target"), "recovery-cache").toAbsolutePath();
    }
}
