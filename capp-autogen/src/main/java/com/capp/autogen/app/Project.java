package com.capp.autogen.app;

import com.capp.autogen.config.ConfigLoader;
import com.capp.autogen.config.DatabaseUrl;
import com.capp.autogen.config.DatabaseUrlResolver;
import com.capp.autogen.config.ProjectConfig;
import com.capp.autogen.devdb.DevDatabaseSettings;
import com.capp.autogen.revision.ClasspathMigrationLoader;
import com.capp.autogen.revision.MigrationLoader;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.SourceMigrationLoader;
import com.capp.autogen.runtime.RuntimeFailure;
import com.capp.autogen.runtime.RuntimeSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One project as the commands see it: its configuration, its migrations (from the source folder
 * when it exists, else from the classpath) and its database. Wiring only; each verb is a use case.
 */
public final class Project {

    private final ProjectConfig config;
    private final Map<String, String> environment;
    private final String urlOption;
    private final Clock clock;
    private Migrations migrations; // loaded on first use: `revision` on an empty folder needs none

    public Project(ProjectConfig config, Map<String, String> environment, String urlOption, Clock clock) {
        this.config = config;
        this.environment = Map.copyOf(environment);
        this.urlOption = urlOption != null ? urlOption : config.databaseUrl(); // --url, else -x dburl / database.url
        this.clock = clock;
    }

    public static Project open(Path configFile, Map<String, String> environment, String urlOption) {
        return open(configFile, null, Map.of(), environment, urlOption);
    }

    /** With Alembic's {@code -n SECTION} and {@code -x KEY=VALUE}. */
    public static Project open(Path configFile, String section, Map<String, String> xArguments,
                               Map<String, String> environment, String urlOption) {
        return new Project(ConfigLoader.load(configFile, section, xArguments), environment, urlOption,
                Clock.systemDefaultZone());
    }

    public ProjectConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public RuntimeSettings settings() {
        return new RuntimeSettings(config.versionTable(), config.auditTable(), config.lockTimeout(), config.ddl(),
                config.transactionPerMigration(), config.xArguments());
    }

    public Migrations migrations() {
        if (migrations == null) {
            migrations = new Migrations(loader().load());
        }
        return migrations;
    }

    /** Whether new migration files can be written (a source folder is configured and present or creatable). */
    public boolean usesSourceFolder() {
        return Files.isDirectory(config.migrationsLocation());
    }

    public DatabaseUrl databaseUrl() {
        return new DatabaseUrlResolver(environment, config.root()).resolve(urlOption);
    }

    /** The database URL if one is configured; without one, autogenerate uses the embedded dev database. */
    public Optional<DatabaseUrl> configuredDatabaseUrl() {
        return new DatabaseUrlResolver(environment, config.root()).find(urlOption);
    }

    public DevDatabaseSettings devDatabaseSettings() {
        return DevDatabaseSettings.fromEnvironment(environment, config.devPostgresVersion());
    }

    /** A connection, or an error naming host, port, database and user (never the password). */
    public Connection connect() {
        DatabaseUrl url = databaseUrl();
        Properties properties = new Properties();
        if (url.user() != null) {
            properties.setProperty("user", url.user());
        }
        if (url.password() != null) {
            properties.setProperty("password", url.password());
        }
        properties.setProperty("ApplicationName", "capp-autogen");
        try {
            return DriverManager.getConnection(url.jdbcUrl(), properties);
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            if (url.password() != null && !url.password().isEmpty()) {
                reason = reason.replace(url.password(), "***");
            }
            throw new RuntimeFailure("Can't connect to PostgreSQL at " + url.describe() + ": "
                    + DatabaseUrl.mask(reason),
                    "Check that PostgreSQL is running (pg_isready -h " + url.host() + " -p " + url.port()
                            + ") and that DATABASE_URL (--url, the environment, or .env in " + config.root()
                            + ") is right.", e);
        }
    }

    private MigrationLoader loader() {
        if (usesSourceFolder()) {
            return new SourceMigrationLoader(config.migrationsLocation(), config.versionLocations(),
                    config.cacheLocation());
        }
        return new ClasspathMigrationLoader(config.migrationsPackage(), Project.class.getClassLoader());
    }
}
