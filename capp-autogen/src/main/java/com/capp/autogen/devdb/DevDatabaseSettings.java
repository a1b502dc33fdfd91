package com.capp.autogen.devdb;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded dev server keeps its files. The cache holds the unpacked PostgreSQL binaries
 * and an initialised data directory, so later runs skip both steps.
 */
public record DevDatabaseSettings(Path cacheDir) {

    /** {@code $CAPP_AUTOGEN_CACHE}, else {@code $XDG_CACHE_HOME/capp-autogen}, else {@code ~/.cache/capp-autogen}. */
    public static DevDatabaseSettings fromEnvironment(Map<String, String> env) {
        String explicit = env.get("CAPP_AUTOGEN_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return new DevDatabaseSettings(Path.of(explicit));
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new DevDatabaseSettings(base.resolve("capp-autogen"));
    }

    Path binariesDir() {
        return cacheDir.resolve("binaries");
    }

    Path dataDir() {
        return cacheDir.resolve("data");
    }
}
