package com.capp.autogen.app;

import com.capp.autogen.DevProcesses;
import com.capp.autogen.TestProject;
import com.capp.autogen.devdb.DevDatabaseSettings;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zero-config side of a diff, on the real embedded PostgreSQL: started in the background by prepare(). */
class MigrationsSchemaSourceTest {

    @Test
    void prepareStartsAndReplaysWithoutWaitingForALoad() throws Exception {
        Path cache = Files.createTempDirectory(Path.of("target"), "prepare-cache").toAbsolutePath();
        CountDownLatch replayed = new CountDownLatch(1);
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);

        try (MigrationsSchemaSource source = new MigrationsSchemaSource(project.project(), new DevDatabaseSettings(cache),
                line -> {
                    if (line.startsWith("Replayed in")) {
                        replayed.countDown();
                    }
                })) {
            source.prepare();
            // nothing asked for the schema yet: the start and the replay run on their own thread
            assertTrue(replayed.await(120, TimeUnit.SECONDS), "prepare() alone started and replayed the dev database");
            assertTrue(DevProcesses.postgresUnder(cache) > 0, "the server runs");

            Schema schema = source.load(List.of());
            assertTrue(schema.table(QualifiedName.of("mpesa_callbacks")).isPresent(), "replayed to head: 0002's table is there");
        }
        assertEquals(0, DevProcesses.awaitNoPostgresUnder(cache, 10), "close() stopped the server");
    }

    @Test
    void aFailedReplayIsReportedByLoadAndLeavesNoServer() throws Exception {
        Path cache = Files.createTempDirectory(Path.of("target"), "prepare-failing-cache").toAbsolutePath();
        TestProject project = TestProject.copyOf(TestProject.FIXTURES.resolve("failing"), null);

        try (MigrationsSchemaSource source = new MigrationsSchemaSource(project.project(), new DevDatabaseSettings(cache),
                line -> { })) {
            source.prepare();
            RuntimeException failure = assertThrows(RuntimeException.class, () -> source.load(List.of()));
            assertTrue(String.valueOf(failure.getMessage()).contains("0002"), failure.toString());
        }
        assertEquals(0, DevProcesses.awaitNoPostgresUnder(cache, 10), "the failed replay's server was stopped");
    }

    @Test
    void closeWhileStartingWaitsAndStopsTheServer() throws Exception {
        Path cache = Files.createTempDirectory(Path.of("target"), "prepare-close-cache").toAbsolutePath();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);

        List<String> progress = new CopyOnWriteArrayList<>();
        MigrationsSchemaSource source = new MigrationsSchemaSource(project.project(), new DevDatabaseSettings(cache), progress::add);
        source.prepare();
        source.close(); // the other side failed at once: no load ever comes

        // close() waited for the start and the replay, then stopped the server: none can start after it
        assertTrue(progress.stream().anyMatch(line -> line.startsWith("Replayed in")), progress.toString());
        assertEquals(0, DevProcesses.awaitNoPostgresUnder(cache, 10), "no server outlived close()");
    }
}
