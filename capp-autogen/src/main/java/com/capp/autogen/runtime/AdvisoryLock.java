package com.capp.autogen.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A session-level PostgreSQL advisory lock that serialises runs on one version table: a second
 * {@code upgrade} waits (polling, so it can give up with a message) and then finds the work done.
 */
final class AdvisoryLock implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /** The lock key of a version table: stable across runs and tools, distinct per table name. */
    static long keyOf(String versionTable) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("capp-autogen:" + versionTable).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static AdvisoryLock acquire(Connection connection, String versionTable, Duration timeout,
                                Consumer<String> onWait) throws SQLException {
        long key = keyOf(versionTable);
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean announced = false;
        while (!tryLock(connection, key)) {
            if (!announced) {
                onWait.accept("Another capp-autogen run holds the migration lock on " + versionTable
                        + "; waiting up to " + timeout.toSeconds() + " s");
                announced = true;
            }
            if (System.nanoTime() > deadline) {
                throw new RuntimeFailure("Timed out after " + timeout.toSeconds()
                        + " s waiting for the migration lock (advisory lock " + key + ") on " + versionTable,
                        "Another capp-autogen run is migrating this database; retry when it is done. To see it: "
                                + "SELECT pid, query FROM pg_stat_activity JOIN pg_locks USING (pid) "
                                + "WHERE locktype = 'advisory';");
            }
            sleep();
        }
        return new AdvisoryLock(connection, key);
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet rows = lock.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeFailure("Interrupted while waiting for the migration lock", "");
        }
    }
}
