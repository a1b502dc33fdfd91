package com.capp.autogen.bench;

import com.capp.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * CAPP's traffic in miniature: threads that each insert a payment or settle a random one at a
 * fixed pace over JDBC, recording when each write started and how long it took. A write that
 * waits for a migration's lock shows up as one long latency: the stall.
 */
final class SteadyWriter implements AutoCloseable {

    /** One write: when it started and how long it took, in nanoseconds. */
    record Write(long startNanos, long nanos) {
    }

    private final List<Thread> threads = new ArrayList<>();
    private final List<Write> writes = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final long paceNanos;
    private final long rows;
    private volatile boolean running = true;

    /** @param perSecond writes per second over all threads; {@code rows} the id range updates pick from */
    SteadyWriter(TestDatabase db, int threadCount, int perSecond, long rows) throws SQLException {
        this.paceNanos = TimeUnit.SECONDS.toNanos(1) * threadCount / perSecond;
        this.rows = rows;
        for (int i = 0; i < threadCount; i++) {
            Connection connection = db.connect();
            Thread thread = new Thread(() -> loop(connection), "steady-writer-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** The writes that started between {@code from} and {@code to} (System.nanoTime), finished or not. */
    List<Write> during(long from, long to) {
        synchronized (writes) {
            return writes.stream().filter(w -> w.startNanos() >= from && w.startNanos() <= to).toList();
        }
    }

    private void loop(Connection connection) {
        try (connection;
             PreparedStatement insert = connection.prepareStatement("INSERT INTO payments (wallet_id, reference, "
                     + "amount, status) VALUES (?, ?, ?, 'new')");
             PreparedStatement settle = connection.prepareStatement("UPDATE payments SET status = 'settled' WHERE id = ?")) {
            long next = System.nanoTime();
            while (running) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long start = System.nanoTime();
                if (random.nextBoolean()) {
                    insert.setLong(1, 1 + random.nextInt(1000));
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setInt(3, random.nextInt(100_000));
                    insert.executeUpdate();
                } else {
                    settle.setLong(1, 1 + random.nextLong(rows));
                    settle.executeUpdate();
                }
                long end = System.nanoTime();
                synchronized (writes) {
                    writes.add(new Write(start, end - start));
                }
                next = Math.max(next + paceNanos, end);
                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
            }
        } catch (SQLException | InterruptedException | RuntimeException e) {
            synchronized (failures) {
                failures.add(e);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(1));
        }
        synchronized (failures) {
            if (!failures.isEmpty()) {
                throw new IllegalStateException("the writer failed: " + failures.get(0), failures.get(0));
            }
        }
    }
}
