package com.capp.autogen.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The alembic.ini counterpart, read from {@code capp-autogen.properties} at the project root.
 * Paths are resolved against the root.
 *
 * @param migrationsLocation folder of migration sources, compiled in memory when present
 * @param migrationsPackage  package of new migrations, and of the classpath scan when the folder is absent
 * @param fileTemplate       class/file name of new migrations, e.g. {@code V{rev}_{Slug}}
 * @param cacheLocation      where classes compiled from the folder are cached between runs
 * @param devPostgresVersion PostgreSQL major (or full zonky release) of the embedded dev database
 * @param model              where the entities are ({@code model.*} and Hibernate keys)
 */
public record ProjectConfig(Path root, Path migrationsLocation, String migrationsPackage, String versionTable,
                            String auditTable, Path templatesLocation, String fileTemplate, String logLevel,
                            Duration lockTimeout, Path cacheLocation,
                            String devPostgresVersion, ModelConfig model) {
}
