package com.capp.autogen.spring;

import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.capp.autogen.spring.SampleApp.rows;
import static com.capp.autogen.spring.SampleApp.start;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances of the application starting at once (a rolling deploy): the advisory lock lets
 * one migrate while the other waits, then finds the database at head and runs nothing.
 */
@ExtendWith({PostgresExtension.class, OutputCaptureExtension.class})
class ConcurrentStartupTest {

    @Test
    void twoInstancesStartingAtOnceSerialiseOnTheMigrationLock(TestDatabase database, CapturedOutput output) throws Exception {
        // The second instance starts once the first holds the lock (its slow migration sleeps 3 s
        // inside it). Not both at one instant: two Boot applications in one JVM share Logback, whose
        // set-up is not thread-safe; pods are separate JVMs.
        List<CompletableFuture<ConfigurableApplicationContext>> instances = new ArrayList<>();
        instances.add(CompletableFuture.supplyAsync(() -> slowInstance(database)));
        awaitMigrationLockHeld(database);
        instances.add(CompletableFuture.supplyAsync(() -> slowInstance(database)));
        List<ConfigurableApplicationContext> apps = new ArrayList<>();
        for (CompletableFuture<ConfigurableApplicationContext> instance : instances) {
            apps.add(instance.get(120, TimeUnit.SECONDS));
        }
        try {
            List<List<String>> ran = apps.stream().map(SampleApp::ran).sorted((a, b) -> b.size() - a.size()).toList();
            assertEquals(List.of(List.of("0001"), List.of()), ran, "one instance migrated, the other found it done");
            assertEquals(List.of("0001"), rows(database, "SELECT revision FROM capp_autogen_history WHERE direction = 'upgrade'"),
                    "the migration ran once");
            assertEquals(List.of("0001"), rows(database, "SELECT version_num FROM alembic_version"));
            assertEquals(1, threadsLogging(output.getOut(), "holds the migration lock"), "exactly one instance waited");
        } finally {
            apps.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static ConfigurableApplicationContext slowInstance(TestDatabase database) {
        return start(database, "capp.autogen.migrations-package=com.capp.autogen.spring.slow", "spring.jpa.hibernate.ddl-auto=none");
    }

    private static void awaitMigrationLockHeld(TestDatabase database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (rows(database, "SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                + " WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the first instance never took the migration lock");
            }
            Thread.sleep(20);
        }
    }

    /** How many threads logged a line holding {@code part} (two Boot applications in one JVM may log a line twice). */
    private static long threadsLogging(String log, String part) {
        return log.lines().filter(line -> line.contains(part))
                .map(line -> line.replaceFirst("^.*?\\[\\s*([^\\]]+)\\].*$", "$1")).distinct().count();
    }
}
