package com.capp.autogen.app;

import com.capp.autogen.config.ConfigLoader;
import com.capp.autogen.config.DatabaseUrl;
import com.capp.autogen.config.DatabaseUrlResolver;
import com.capp.autogen.config.ProjectConfig;
import com.capp.autogen.devdb.DevDatabaseSettings;
import com.capp.autogen.model.ModelCache;
import com.capp.autogen.revision.ClasspathMigrationLoader;
import com.capp.autogen.revision.MigrationLoader;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.SourceMigrationLoader;
import com.capp.autogen.runtime.RuntimeFailure;
import com.capp.autogen.runtime.RuntimeSettings;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * One project as the commands see it: its configuration, its migrations (from the source folder
 * when it exists, else from the classpath) and its database. Wiring only; each verb is a use case.
 */
public final class Project {

    private final ProjectConfig config;
    private final Map<String, String> environment;
    private final String urlOption;
    private final Clock clock;
    private DataSource dataSource; // given by an application (the Java API); else the URL is used
    private ClassLoader classLoader = Project.class.getClassLoader();
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

    /** The database of an application's DataSource instead of a URL: connections come from it. */
    public Project useDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
        return this;
    }

    /** Where compiled migrations are found when the source folder is absent (default: the tool's loader). */
    public Project useClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
        return this;
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

    /** Synchronized: the dev database replays them on a thread of its own while the entities are read. */
    public synchronized Migrations migrations() {
        if (migrations == null) {
            migrations = new Migrations(loader().load());
        }
        return migrations;
    }

    /** Whether migrations come from a source folder (configured and present) rather than the class loader. */
    public boolean usesSourceFolder() {
        return config.migrationsLocation() != null && Files.isDirectory(config.migrationsLocation());
    }

    /** Where the schema read from the entities is kept between runs: beside the compiled migrations. */
    public ModelCache modelCache() {
        Path compiled = config.cacheLocation();
        return compiled == null ? null : new ModelCache(compiled.resolveSibling(compiled.getFileName() + "-model"));
    }

    public DatabaseUrl databaseUrl() {
        return new DatabaseUrlResolver(environment, config.root()).resolve(urlOption).withDefaults(config.connectTimeout());
    }

    /** The database URL if one is configured; without one, autogenerate uses the embedded dev database. */
    public Optional<DatabaseUrl> configuredDatabaseUrl() {
        return new DatabaseUrlResolver(environment, config.root()).find(urlOption)
                .map(url -> url.withDefaults(config.connectTimeout()));
    }

    /** Whether a database is configured (a DataSource or a URL); without one, autogenerate uses the dev database. */
    public boolean hasDatabase() {
        return dataSource != null || configuredDatabaseUrl().isPresent();
    }

    /** The configured database as a schema source (inspected, version and audit tables left out). */
    /** @param warnings told when the comparison is less exact than usual (no TEMP: string rules) */
    public DatabaseSchemaSource databaseSchema(java.util.function.Consumer<String> warnings) {
        if (dataSource != null) {
            return new DatabaseSchemaSource(dataSource, "the application's DataSource", config.versionTable(), warnings);
        }
        return DatabaseSchemaSource.fromUrl(databaseUrl(), config.versionTable(), warnings);
    }

    public DevDatabaseSettings devDatabaseSettings() {
        return DevDatabaseSettings.fromEnvironment(environment, config.devPostgresVersion());
    }

    /** A connection, or an error naming host, port, database and user (never the password). */
    public Connection connect() {
        if (dataSource != null) {
            return fromDataSource();
        }
        return new UrlDataSource(databaseUrl()).open();
    }

    private Connection fromDataSource() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new RuntimeFailure("Can't get a connection from the DataSource: " + DatabaseUrl.mask(String.valueOf(e.getMessage())),
                    "Check the DataSource's URL, credentials and pool settings.", e);
        }
    }

    private MigrationLoader loader() {
        if (usesSourceFolder()) {
            return new SourceMigrationLoader(config.migrationsLocation(), config.versionLocations(),
                    config.cacheLocation());
        }
        return new ClasspathMigrationLoader(config.migrationsPackage(), classLoader);
    }
}
