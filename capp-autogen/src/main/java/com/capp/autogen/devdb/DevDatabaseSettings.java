package com.capp.autogen.devdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded dev server keeps its files. The cache holds the unpacked PostgreSQL binaries
 * and an initialised data directory, so later runs skip both steps.
 */
public record DevDatabaseSettings(Path cacheDir, String postgresVersion) {

    /** CAPP runs PostgreSQL 15 in production. */
    public static final String DEFAULT_POSTGRES_VERSION = "15";

    public DevDatabaseSettings {
        postgresVersion = postgresVersion == null || postgresVersion.isBlank() ? DEFAULT_POSTGRES_VERSION : postgresVersion;
    }

    public DevDatabaseSettings(Path cacheDir) {
        this(cacheDir, DEFAULT_POSTGRES_VERSION);
    }

    /** {@code $CAPP_AUTOGEN_CACHE}, else {@code $XDG_CACHE_HOME/capp-autogen}, else {@code ~/.cache/capp-autogen}. */
    public static DevDatabaseSettings fromEnvironment(Map<String, String> env, String postgresVersion) {
        String explicit = env.get("CAPP_AUTOGEN_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return new DevDatabaseSettings(Path.of(explicit), postgresVersion);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new DevDatabaseSettings(base.resolve("capp-autogen"), postgresVersion);
    }

    PostgresBinaries binaries() {
        return new PostgresBinaries(postgresVersion, cacheDir.resolve("jars"));
    }

    /** Unpacked binaries; zonky keeps one folder per release inside it. */
    Path binariesDir() {
        return cacheDir.resolve("binaries");
    }

    /** Held by the run using {@link #dataDir()}, from before initdb until its server stopped. */
    Path lockFile() {
        return cacheDir.resolve("data-pg" + binaries().release() + ".lock");
    }

    /** Free space a run needs: binaries and a data directory on a cold cache, a scratch database on a warm one. */
    long neededBytes() {
        boolean warm = Files.isDirectory(dataDir()) && Files.isDirectory(binariesDir());
        return (warm ? 64L : 320L) * 1024 * 1024;
    }

    /** One data directory per release: a data directory only opens with its own major. */
    Path dataDir() {
        return cacheDir.resolve("data-pg" + binaries().release());
    }
}
