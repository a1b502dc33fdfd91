package com.capp.autogen.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the statement the runner executes, from a second connection (the runner's own is busy
 * running it), opened once a statement has run a quarter of a second: as soon as it is seen waiting for a lock, and once a second after that, it
 * says for what, how long and who holds it; every few seconds of a long statement it says which one runs. It keeps the last
 * lock wait it saw, so a lock timeout can name the blocker after the wait is over.
 */
final class StatementWatch implements AutoCloseable {

    private static final long POLL_MILLIS = 250;
    private static final long PROGRESS_MILLIS = 5_000;
    private static final String WAIT_QUERY = """
            SELECT w.mode, COALESCE(w.relation::regclass::text, w.locktype),
                   b.pid, b.application_name, b.state,
                   floor(extract(epoch FROM now() - b.xact_start))::bigint,
                   to_char(b.query_start, 'YYYY-MM-DD HH24:MI:SS TZ'), b.query
            FROM pg_locks w
            LEFT JOIN pg_stat_activity b ON b.pid = ANY (pg_blocking_pids(w.pid))
            WHERE w.pid = ? AND NOT w.granted
            ORDER BY b.xact_start NULLS LAST""";

    private final MigrationRunner.MonitorConnection source;
    private final MigrationListener listener;
    private final int runnerPid;
    private final ScheduledExecutorService timer;
    private volatile Watched current;
    private volatile LockWait lastWait;
    private Connection monitor; // touched only by the timer thread
    private boolean broken;     // likewise

    private static final class Watched {
        final String label;
        final Duration lockTimeout;
        final long startNanos = System.nanoTime();
        long lastNoticeMillis = -1;

        Watched(String label, Duration lockTimeout) {
            this.label = label;
            this.lockTimeout = lockTimeout;
        }
    }

    private StatementWatch(MigrationRunner.MonitorConnection source, MigrationListener listener, int runnerPid) {
        this.source = source;
        this.listener = listener;
        this.runnerPid = runnerPid;
        this.timer = source == null ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "capp-autogen-statement-watch");
            thread.setDaemon(true);
            return thread;
        });
        if (timer != null) {
            timer.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** A watch of the statements run on {@code runner}; with no source it only counts nothing. */
    static StatementWatch on(Connection runner, MigrationRunner.MonitorConnection source, MigrationListener listener)
            throws SQLException {
        if (source == null) {
            return new StatementWatch(null, listener, 0);
        }
        try (PreparedStatement pid = runner.prepareStatement("SELECT pg_backend_pid()");
             ResultSet row = pid.executeQuery()) {
            row.next();
            return new StatementWatch(source, listener, row.getInt(1));
        }
    }

    void begin(String label, Duration lockTimeout) {
        lastWait = null;
        current = new Watched(label, lockTimeout);
    }

    void end() {
        current = null;
    }

    /** The last lock wait seen of the statements since the last {@link #begin}, or null. */
    LockWait lastWait() {
        return lastWait;
    }

    private void poll() {
        Watched watched = current;
        if (watched == null || broken) {
            return;
        }
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - watched.startNanos);
        if (elapsed < POLL_MILLIS) {
            return; // most statements end sooner: no second connection (and its authentication) for them
        }
        LockWait wait = lockWait();
        if (watched != current) {
            return; // the statement ended while we looked
        }
        if (wait != null) {
            lastWait = wait;
        }
        boolean due = wait != null
                ? watched.lastNoticeMillis < 0 || elapsed - watched.lastNoticeMillis >= 1000
                : elapsed - Math.max(0, watched.lastNoticeMillis) >= PROGRESS_MILLIS;
        if (due) {
            watched.lastNoticeMillis = elapsed;
            listener.info(wait == null
                    ? "Still running " + watched.label + ": " + elapsed / 1000 + " s"
                    : "Waiting " + String.format(java.util.Locale.ROOT, "%.1f", elapsed / 1000.0) + " s (lock_timeout "
                    + StatementTimeouts.describe(watched.lockTimeout) + ") for " + wait.mode() + " lock on "
                    + wait.object() + " for " + watched.label + "; held by " + wait.describeBlockers());
        }
    }

    private LockWait lockWait() {
        try {
            if (monitor == null) {
                monitor = source.open();
            }
            try (PreparedStatement query = monitor.prepareStatement(WAIT_QUERY)) {
                query.setInt(1, runnerPid);
                return read(query);
            }
        } catch (SQLException | RuntimeException e) {
            broken = true;
            listener.warning("Cannot watch lock waits (" + e.getMessage() + "); the upgrade goes on without notices");
            return null;
        }
    }

    private static LockWait read(PreparedStatement query) throws SQLException {
        String mode = null;
        String object = null;
        List<LockWait.Blocker> blockers = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                mode = LockWait.modeName(rows.getString(1));
                object = rows.getString(2);
                if (rows.getObject(3) != null) {
                    blockers.add(new LockWait.Blocker(rows.getInt(3), rows.getString(4), rows.getString(5),
                            rows.getLong(6), rows.getString(7), LockWait.maskedQuery(rows.getString(8))));
                }
            }
        }
        return mode == null ? null : new LockWait(mode, object, blockers);
    }

    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            if (monitor != null) {
                monitor.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException ignored) {
            // closing the watcher's own connection cannot hurt the run
        }
    }
}
