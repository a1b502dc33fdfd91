package com.capp.autogen.runtime;

import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lock-wait watcher's second connection, on a real PostgreSQL: opened for slow statements only. */
@ExtendWith(PostgresExtension.class)
class StatementWatchTest {

    private final AtomicInteger opened = new AtomicInteger();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final MigrationListener listener = new MigrationListener() {
        @Override
        public void info(String message) {
            notices.add(message);
        }
    };

    @Test
    void manyShortStatementsOpenNoSecondConnection(TestDatabase db) throws Exception {
        try (Connection runner = db.connect(); Statement statement = runner.createStatement();
             StatementWatch watch = StatementWatch.on(runner, counting(db), listener)) {
            long end = System.nanoTime() + Duration.ofMillis(1_500).toNanos(); // six of the watcher's polls
            for (int i = 0; System.nanoTime() < end; i++) {
                watch.begin("statement " + i, Duration.ofSeconds(5));
                statement.execute("SELECT pg_sleep(0.02)");
                watch.end();
            }
        }

        assertEquals(0, opened.get(), "statements of 20 ms each must not cost a monitoring connection");
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void aStatementWaitingForALockIsStillSeenAndItsBlockerNamed(TestDatabase db) throws Exception {
        try (Connection holder = db.connect(); Statement hold = holder.createStatement()) {
            hold.execute("CREATE TABLE IF NOT EXISTS watched (id int)");
            holder.setAutoCommit(false);
            hold.execute("LOCK TABLE watched IN ACCESS SHARE MODE");
            try (Connection runner = db.connect(); Statement statement = runner.createStatement();
                 StatementWatch watch = StatementWatch.on(runner, counting(db), listener)) {
                statement.execute("SET lock_timeout = '1500ms'");
                watch.begin("upgrade 0001, statement 1", Duration.ofMillis(1_500));
                try {
                    statement.execute("ALTER TABLE watched ADD COLUMN note text");
                } catch (java.sql.SQLException expected) {
                    assertEquals("55P03", expected.getSQLState(), expected.toString()); // lock_not_available
                }
                LockWait seen = watch.lastWait();
                watch.end();

                assertNotNull(seen, "the watcher saw the wait");
                assertEquals(1, opened.get(), "one monitoring connection, opened for the slow statement");
                assertTrue(notices.stream().anyMatch(n -> n.contains("ACCESS EXCLUSIVE lock on watched")
                        && n.contains("held by")), notices.toString());
            } finally {
                holder.rollback();
            }
        }
    }

    private MigrationRunner.MonitorConnection counting(TestDatabase db) {
        return () -> {
            opened.incrementAndGet();
            return db.connect();
        };
    }
}
