package com.capp.autogen.runtime;

import com.capp.autogen.TestProject;
import com.capp.autogen.app.MigrateUseCase;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.capp.autogen.runtime.CappMigrationsTest.strings;
import static com.capp.autogen.runtime.CappMigrationsTest.tables;
import static com.capp.autogen.runtime.CappMigrationsTest.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failures, checksums and the lock, on a real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class RunnerSafetyTest {

    @Test
    void failingMigrationIsRolledBackAndNamesRevisionAndStatement(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        MigrateUseCase migrate = migrate(TestProject.FIXTURES.resolve("failing"), target);

        MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                () -> migrate.upgrade("head", false));

        assertEquals("0002", failure.revision());
        assertEquals("UPDATE no_such_table SET x = 1", failure.statement());
        assertTrue(failure.getMessage().contains("Running upgrade 0001 -> 0002 failed (rolled back; the database stays at 0001)"),
                failure.getMessage());
        assertEquals(List.of("0001"), versions(target));
        assertFalse(tables(target).contains("half_done"), "the failed migration's first statement was rolled back");
        assertTrue(tables(target).contains("good_table"));
    }

    @Test
    void changedAppliedMigrationIsRefusedUnlessChecksumsAreIgnored(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target);
        new MigrateUseCase(project.project(), MigrationListener.SILENT).upgrade("0001", false);
        Path first = project.migrations().resolve("com/capp/migrations/V0001_InitialSchema.java");
        Files.writeString(first, Files.readString(first) + "\n// edited after it ran\n");

        RuntimeFailure refused = assertThrows(RuntimeFailure.class,
                () -> new MigrateUseCase(project.project(), MigrationListener.SILENT).upgrade("head", false));
        assertTrue(refused.getMessage().startsWith("Checksum mismatch"), refused.getMessage());
        assertTrue(refused.getMessage().contains("0001 ("), refused.getMessage());
        assertTrue(refused.hint().contains("--ignore-checksums"));
        assertEquals(List.of("0001"), versions(target));

        new MigrateUseCase(project.project(), MigrationListener.SILENT).upgrade("head", true);
        assertEquals(List.of("0002"), versions(target));
    }

    @Test
    void twoConcurrentUpgradesApplyEachMigrationOnce(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        Path slow = TestProject.FIXTURES.resolve("slow");
        MigrateUseCase first = migrate(slow, target);
        MigrateUseCase second = migrate(slow, target);
        first.upgradeScript("head"); // compile both before the race, so they start together
        second.upgradeScript("head");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<RunResult> a = pool.submit(waitThen(start, () -> first.upgrade("head", false)));
            Future<RunResult> b = pool.submit(waitThen(start, () -> second.upgrade("head", false)));
            start.countDown();
            int ran = a.get().steps().size() + b.get().steps().size();
            assertEquals(2, ran, "together they ran 0001 and 0002 exactly once");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("0001", "0002"),
                strings(target, "SELECT revision FROM capp_autogen_history WHERE direction = 'upgrade' ORDER BY id"));
        assertEquals(List.of("0002"), versions(target));
    }

    @Test
    void aRunThatCannotGetTheLockGivesUpWithAMessage(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.FIXTURES.resolve("slow"), target, "lock.timeout.seconds=1");
        try (Connection holder = target.connect();
             PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, AdvisoryLock.keyOf("alembic_version"));
            lock.execute();
            RuntimeFailure timeout = assertThrows(RuntimeFailure.class,
                    () -> new MigrateUseCase(project.project(), MigrationListener.SILENT).upgrade("head", false));
            assertTrue(timeout.getMessage().startsWith("Timed out after 1 s waiting for the migration lock"),
                    timeout.getMessage());
        }
        assertEquals(List.of(), tables(target), "nothing was created while another run held the lock");
    }

    private static <T> Callable<T> waitThen(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }

    private static MigrateUseCase migrate(Path migrations, TestDatabase target) {
        return new MigrateUseCase(TestProject.copyOf(migrations, target).project(), MigrationListener.SILENT);
    }
}
