package com.capp.autogen.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads {@code capp-autogen.properties}; every key is optional. A missing file means all
 * defaults, with the given folder as project root.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "capp-autogen.properties";
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|min)?");

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
        return load(configFile, null, Map.of());
    }

    /**
     * @param section    Alembic's {@code -n NAME}: keys {@code NAME.key} override {@code key} (null: none)
     * @param xArguments Alembic's {@code -x KEY=VALUE}: override the key of that name and reach migrations
     */
    public static ProjectConfig load(Path configFile, String section, Map<String, String> xArguments) {
        return load(configFile, section, Map.of(), xArguments);
    }

    /**
     * @param settings keys set by an embedding application (the Java API's {@code setting}): override the
     *                 file's, and are not handed to migrations; {@code xArguments} override them in turn
     */
    public static ProjectConfig load(Path configFile, String section, Map<String, String> settings,
                                     Map<String, String> xArguments) {
        Path root = configFile.toAbsolutePath().normalize().getParent();
        Properties p = ConfigSections.select(read(configFile), section, configFile);
        settings.forEach(p::setProperty);
        xArguments.forEach((key, value) -> p.setProperty(key.equals("dburl") ? "database.url" : key, value));
        return new ProjectConfig(root,
                root.resolve(p.getProperty("migrations.location", "migrations/src/main/java")),
                packageName(p.getProperty("migrations.package", "com.capp.migrations").trim()),
                identifier(p, "version.table", "alembic_version"),
                optionalIdentifier(p, "audit.table", "capp_autogen_history"),
                root.resolve(p.getProperty("templates.location", "templates")),
                p.getProperty("file.template", "V{rev}_{Slug}"),
                p.getProperty("logging.level", "INFO").trim().toUpperCase(java.util.Locale.ROOT),
                Duration.ofSeconds(number(p, "lock.timeout.seconds", 60)),
                root.resolve(p.getProperty("cache.location", "target/capp-autogen-cache")),
                p.getProperty("dev.postgres.version", "15").trim(),
                blankToNull(p.getProperty("database.url")),
                locations(root, p.getProperty("migrations.locations")),
                Boolean.parseBoolean(p.getProperty("transaction.per.migration", "true").trim()),
                xArguments,
                ddl(p),
                Boolean.parseBoolean(p.getProperty("lint.allow.unsafe", "false").trim()),
                Duration.ofSeconds(number(p, "connect.timeout.seconds", 10)),
                bool(p, "autogenerate.unsafe"),
                ModelConfigReader.read(p, root));
    }

    private static Properties read(Path configFile) {
        Properties p = new Properties();
        if (Files.isRegularFile(configFile)) {
            try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                p.load(reader);
            } catch (IOException e) {
                throw new ConfigException("Cannot read " + configFile + ": " + e.getMessage(), "");
            }
        }
        return p;
    }

    /** Alembic's version_locations: extra folders, comma or space separated, that new revisions may go to. */
    private static List<Path> locations(Path root, String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.trim().split("[,\\s]+")).map(root::resolve).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An empty value turns the table off (e.g. {@code audit.table=}); {@code schema.table} is allowed. */
    private static String optionalIdentifier(Properties p, String key, String fallback) {
        String value = p.getProperty(key, fallback).trim();
        if (value.isEmpty()) {
            return "";
        }
        if (!value.matches("([A-Za-z_][A-Za-z0-9_$]{0,62}\\.)?[A-Za-z_][A-Za-z0-9_$]{0,62}")) {
            throw new ConfigException(key + " must be a plain table name or schema.table, got '" + value + "'",
                    "Fix " + key + " in " + FILE_NAME + " (empty turns it off).");
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

    private static DdlConfig ddl(Properties p) {
        DdlConfig d = DdlConfig.DEFAULTS;
        int attempts = (int) number(p, "ddl.lock.attempts", d.attempts());
        if (attempts < 1) {
            throw new ConfigException("ddl.lock.attempts must be at least 1, got " + attempts,
                    "Fix ddl.lock.attempts in " + FILE_NAME + ".");
        }
        return new DdlConfig(duration(p, "ddl.lock.timeout", d.lockTimeout()),
                duration(p, "ddl.statement.timeout", d.statementTimeout()), attempts,
                duration(p, "ddl.lock.retry.delay", d.retryDelay()));
    }

    /** {@code 500ms}, {@code 5s}, {@code 2min}, or a plain number of seconds. */
    private static Duration duration(Properties p, String key, Duration fallback) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        java.util.regex.Matcher m = DURATION.matcher(value.trim());
        if (!m.matches()) {
            throw new ConfigException(key + " must be a duration such as 500ms, 5s or 2min, got '" + value + "'",
                    "Fix " + key + " in " + FILE_NAME + ".");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "min" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static String identifier(Properties p, String key, String fallback) {
        String value = p.getProperty(key, fallback).trim();
        if (!value.matches("[A-Za-z_][A-Za-z0-9_$]{0,62}")) {
            throw new ConfigException(key + " must be a plain table name, got '" + value + "'",
                    "Fix " + key + " in " + FILE_NAME + ".");
        }
        return value;
    }

    private static boolean bool(Properties p, String key) {
        String value = p.getProperty(key, "false").trim();
        if (!value.equals("true") && !value.equals("false")) {
            throw new ConfigException(key + " must be true or false, got '" + value + "'",
                    "Fix " + key + " in " + FILE_NAME + ".");
        }
        return Boolean.parseBoolean(value);
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
