package com.capp.autogen.app;

import com.capp.autogen.config.DatabaseUrl;
import com.capp.autogen.model.ModelSpec;

import java.util.function.Consumer;

/**
 * Picks the sources a command compares. The database side is the configured database; with none
 * configured (or when asked), it is the schema the migrations produce in the embedded dev database,
 * so {@code check} and {@code revision --autogenerate} need nothing installed.
 */
public final class SchemaSources {

    public static final String MODEL = "model";
    public static final String MIGRATIONS = "migrations";

    private final Project project;
    private final ModelSpec model;
    private final Consumer<String> progress;
    private final Consumer<String> warnings;

    /** @param warnings told when a comparison is less exact than usual (no TEMP: string rules) */
    public SchemaSources(Project project, ModelSpec model, Consumer<String> progress, Consumer<String> warnings) {
        this.project = project;
        this.model = model;
        this.progress = progress;
        this.warnings = warnings;
    }

    /** The configured database, or the migrations replayed into the dev database. */
    public SchemaSource database(boolean forceDev) {
        if (forceDev || !project.hasDatabase()) {
            return migrations();
        }
        return project.databaseSchema(warnings);
    }

    public SchemaSource model() {
        return new ModelSchemaSource(model, project.modelCache());
    }

    /** A source named on the command line: {@code model}, {@code migrations}, or a database URL. */
    public SchemaSource named(String spec) {
        return switch (spec) {
            case MODEL -> model();
            case MIGRATIONS -> migrations();
            default -> DatabaseSchemaSource.fromUrl(DatabaseUrl.parse(spec).withDefaults(project.config().connectTimeout()),
                    project.settings().versionTable(), warnings);
        };
    }

    private SchemaSource migrations() {
        return new MigrationsSchemaSource(project, project.devDatabaseSettings(), progress);
    }
}
