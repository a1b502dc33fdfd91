package com.capp.autogen.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Reads {@code capp-autogen.properties}; every key is optional. A missing file means all
 * defaults, with the given folder as project root.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "capp-autogen.properties";

    private ConfigLoader() {
    }

    /** @param configFile the properties file; its folder is the project root */
    public static ProjectConfig load(Path configFile) {
        Path root = configFile.toAbsolutePath().normalize().getParent();
        Properties p = new Properties();
        if (Files.isRegularFile(configFile)) {
            try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                p.load(reader);
            } catch (IOException e) {
                throw new ConfigException("Cannot read " + configFile + ": " + e.getMessage(), "");
            }
        }
        return new ProjectConfig(root,
                root.resolve(p.getProperty("migrations.location", "migrations/src/main/java")),
                p.getProperty("migrations.package", "com.capp.migrations"),
                identifier(p, "version.table", "alembic_version"),
                identifier(p, "audit.table", "capp_autogen_history"),
                root.resolve(p.getProperty("templates.location", "templates")),
                p.getProperty("file.template", "V{rev}_{Slug}"),
                p.getProperty("logging.level", "INFO").trim().toUpperCase(java.util.Locale.ROOT),
                Duration.ofSeconds(number(p, "lock.timeout.seconds", 60)),
                root.resolve(p.getProperty("cache.location", "target/capp-autogen-cache")),
                p.getProperty("dev.postgres.version", "15").trim(),
                ModelConfigReader.read(p, root));
    }

    private static String identifier(Properties p, String key, String fallback) {
        String value = p.getProperty(key, fallback).trim();
        if (!value.matches("[A-Za-z_][A-Za-z0-9_$]{0,62}")) {
            throw new ConfigException(key + " must be a plain table name, got '" + value + "'",
                    "Fix " + key + " in " + FILE_NAME + ".");
        }
        return value;
    }

    private static long number(Properties p, String key, long fallback) {
        String value = p.getProperty(key);
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a number of seconds, got '" + value + "'",
                    "Fix " + key + " in " + FILE_NAME + ".");
        }
    }
}
