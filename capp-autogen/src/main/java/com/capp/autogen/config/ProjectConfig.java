package com.capp.autogen.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The alembic.ini counterpart, read from {@code capp-autogen.properties} at the project root.
 * Paths are resolved against the root.
 *
 * @param migrationsLocation folder of migration sources, compiled in memory when present
 * @param migrationsPackage  package of new migrations, and of the classpath scan when the folder is absent
 * @param fileTemplate       class/file name of new migrations, e.g. {@code V{rev}_{Slug}}
 * @param cacheLocation      where classes compiled from the folder are cached between runs
 * @param devPostgresVersion PostgreSQL major (or full zonky release) of the embedded dev database
 * @param auditTable         empty when the audit table is turned off
 * @param databaseUrl        {@code database.url} (after {@code -n} and {@code -x}); null when not set
 * @param versionLocations   further migration source folders ({@code migrations.locations})
 * @param transactionPerMigration commit after each migration (true) or run a whole command in one transaction
 * @param xArguments         the {@code -x KEY=VALUE} pairs, for migrations to read
 * @param ddl                lock and statement timeouts of migration statements, and retries
 * @param allowUnsafe        whether {@code upgrade} runs migrations with error-level lint findings ({@code lint.allow.unsafe})
 * @param connectTimeout     how long a connect and login may take before the run fails naming host:port
 * @param unsafeForms        autogenerate writes the plain forms (one locking statement per change), as {@code --unsafe}
 * @param model              where the entities are ({@code model.*} and Hibernate keys)
 */
public record ProjectConfig(Path root, Path migrationsLocation, String migrationsPackage, String versionTable,
                            String auditTable, Path templatesLocation, String fileTemplate, String logLevel,
                            Duration lockTimeout, Path cacheLocation,
                            String devPostgresVersion, String databaseUrl, List<Path> versionLocations,
                            boolean transactionPerMigration, Map<String, String> xArguments,
                            DdlConfig ddl, boolean allowUnsafe, Duration connectTimeout, boolean unsafeForms,
                            ModelConfig model) {

    public ProjectConfig {
        versionLocations = List.copyOf(versionLocations);
        xArguments = Map.copyOf(xArguments);
    }

    /** The same configuration with another migrations folder and package (the Java API's overrides). */
    public ProjectConfig withMigrations(Path location, String packageName) {
        return new ProjectConfig(root, location, packageName, versionTable, auditTable, templatesLocation, fileTemplate,
                logLevel, lockTimeout, cacheLocation, devPostgresVersion, databaseUrl, versionLocations,
                transactionPerMigration, xArguments, ddl, allowUnsafe, connectTimeout, unsafeForms, model);
    }
}
