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

    /**
     * The project's {@value #FILE_NAME}: {@code explicit} when given (it must exist), else the first
     * found in {@code workingDirectory} or its parents. No file is an error, not an empty project:
     * run from the wrong folder, the tool must not go on and create version tables somewhere.
     */
    public static Path find(Path workingDirectory, String explicit) {
        Path start = workingDirectory.toAbsolutePath().normalize();
        if (explicit != null) {
            Path file = start.resolve(explicit);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("no configuration file " + file,
                        "Check --config, or run `capp-autogen init` to create one.");
            }
            return file;
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE_NAME))) {
                return dir.resolve(FILE_NAME);
            }
        }
        throw new ConfigException("no " + FILE_NAME + " in " + start + " (or its parents); run `capp-autogen init`"
                + " or `cd` to the project", "");
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
                packageName(p.getProperty("migrations.package", "com.capp.migrations").trim()),
                identifier(p, "version.table", "alembic_version"),
                identifier(p, "audit.table", "capp_autogen_history"),
                root.resolve(p.getProperty("templates.location", "templates")),
                p.getProperty("file.template", "V{rev}_{Slug}"),
                p.getProperty("logging.level", "INFO").trim().toUpperCase(java.util.Locale.ROOT),
                Duration.ofSeconds(number(p, "lock.timeout.seconds", 60)),
                root.resolve(p.getProperty("cache.location", "target/capp-autogen-cache")),
                p.getProperty("dev.postgres.version", "15").trim(),
                Duration.ofSeconds(number(p, "connect.timeout.seconds", 10)));
    }

    private static String identifier(Properties p, String key, String fallback) {
        String value = p.getProperty(key, fallback).trim();
        if (!value.matches("[A-Za-z_][A-Za-z0-9_$]{0,62}")) {
            throw new ConfigException(key + " must be a plain table name, got '" + value + "'",
                    "Fix " + key + " in " + FILE_NAME + ".");
        }
        return value;
    }

    /** Written as the package of generated migrations, so it must be nothing but a package name. */
    private static String packageName(String value) {
        if (!value.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*")) {
            throw new ConfigException("migrations.package must be a Java package name, got '" + value + "'",
                    "Fix migrations.package in " + FILE_NAME + ", e.g. com.capp.migrations.");
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
