package com.capp.autogen.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL for zero-config runs: started from the cache folder, holding one scratch
 * database, and always stopped on {@link #close()} — and on JVM exit or Ctrl-C through a shutdown
 * hook, so no orphan {@code postgres} process outlives the command.
 */
public final class DevDatabase implements AutoCloseable {

    static final String DATABASE = "capp_dev";
    private static final Logger log = LoggerFactory.getLogger(DevDatabase.class);

    private final EmbeddedPostgres server;
    private final Path privateDataDir;
    private final DataDirLock lock;

    private DevDatabase(EmbeddedPostgres server, Path privateDataDir, DataDirLock lock) {
        this.server = server;
        this.privateDataDir = privateDataDir;
        this.lock = lock;
    }

    /**
     * Starts the server on the cached data directory, taking its lock first (before initdb, so
     * cold-cache runs do not race) and stopping a server an interrupted run left on it; when another
     * live run holds the lock, on a private directory deleted on close. Reports progress lines
     * through {@code progress}.
     */
    public static DevDatabase start(DevDatabaseSettings settings, Consumer<String> progress) {
        long started = System.nanoTime();
        progress.accept("Starting embedded PostgreSQL (cache " + settings.cacheDir() + ") ...");
        CacheFolder.requireWritable(settings.cacheDir(), settings.neededBytes());
        DevDatabase database = startOnCache(settings, progress);
        try {
            database.recreateScratchDatabase();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        progress.accept(String.format("Embedded PostgreSQL ready in %.1f s.", (System.nanoTime() - started) / 1e9));
        return database;
    }

    private static DevDatabase startOnCache(DevDatabaseSettings settings, Consumer<String> progress) {
        Optional<DataDirLock> lock;
        try {
            Files.createDirectories(settings.binariesDir());
            lock = DataDirLock.tryAcquire(settings.lockFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the cache folder " + settings.cacheDir() + ": " + e.getMessage(), e);
        }
        if (lock.isEmpty()) {
            progress.accept("Another capp-autogen run uses the cached data directory; starting on a private one.");
            return startPrivate(settings);
        }
        try {
            StaleServer.stopIfRunning(settings.dataDir(), progress);
            return new DevDatabase(startOn(settings, settings.dataDir()), null, lock.get());
        } catch (IOException | IllegalStateException broken) {
            lock.get().close();
            log.debug("cached data directory unusable, starting on a private one", broken);
            return startPrivate(settings);
        }
    }

    private static DevDatabase startPrivate(DevDatabaseSettings settings) {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(settings.cacheDir()), "private-data-");
            return new DevDatabase(startOn(settings, dir), dir, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres startOn(DevDatabaseSettings settings, Path dataDir) throws IOException {
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(settings.binariesDir().toFile())
                .setPgBinaryResolver(settings.binaries())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
    }

    /** JDBC URL of the scratch database (user {@code postgres}, no password). */
    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", DATABASE);
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    public DataSource dataSource() {
        return server.getDatabase("postgres", DATABASE);
    }

    /** A stale scratch database from an interrupted run is dropped, so each run starts empty. */
    private void recreateScratchDatabase() {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the dev database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
        if (lock != null) {
            lock.close();
        }
        if (privateDataDir != null) {
            deleteRecursively(privateDataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
