package com.capp.autogen.embed;

import com.capp.autogen.app.CheckUseCase;
import com.capp.autogen.app.CurrentUseCase;
import com.capp.autogen.app.DiffUseCase;
import com.capp.autogen.app.MigrateUseCase;
import com.capp.autogen.app.Project;
import com.capp.autogen.app.RevisionQueries;
import com.capp.autogen.app.SchemaSources;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.runtime.MigrationListener;
import com.capp.autogen.runtime.RunResult;

import java.util.List;

/**
 * capp-autogen as a library, for applications that migrate at start-up and for build plugins:
 * the CLI's verbs over a {@link javax.sql.DataSource}, with no process, no {@code System.exit} and
 * nothing printed (progress goes to the configured listener).
 * <pre>{@code
 * CappAutogen autogen = CappAutogen.configure()
 *         .dataSource(pool)
 *         .migrationsPackage("com.example.migrations")   // compiled migrations on the class path
 *         .model("com.example.entities")
 *         .load();
 * autogen.upgrade("head");
 * if (!autogen.check().matching()) { ... }
 * }</pre>
 * Every method throws {@link CappAutogenException} when it cannot do its job; a failed migration
 * leaves the database as it was. An instance loads the migrations once; it is not thread-safe.
 */
public final class CappAutogen {

    private final Project project;
    private final ModelSpec model;
    private final CompareOptions compareOptions;
    private final MigrationListener listener;

    CappAutogen(Project project, ModelSpec model, CompareOptions compareOptions, MigrationListener listener) {
        this.project = project;
        this.model = model;
        this.compareOptions = compareOptions;
        this.listener = listener;
    }

    /** Starts a configuration; see {@link Configuration} for the defaults. */
    public static Configuration configure() {
        return new Configuration();
    }

    /**
     * Runs the migrations up to {@code target}: {@code head} (the one head), {@code heads} (every
     * head), {@code +N}, or a revision id. Takes the migration lock; each revision commits on its own.
     */
    public MigrationResult upgrade(String target) {
        return Failures.translated(() -> result(new MigrateUseCase(project, listener).upgrade(target, false)));
    }

    /** Runs the downgrades down to {@code target}: a revision id, {@code -N} or {@code base}. */
    public MigrationResult downgrade(String target) {
        return Failures.translated(() -> result(new MigrateUseCase(project, listener).downgrade(target, false)));
    }

    /** The revisions the database is at (empty at base). */
    public List<RevisionEntry> current() {
        return Failures.translated(() -> RevisionEntry.of(new CurrentUseCase(project).run()));
    }

    /** The revisions {@code upgrade("heads")} would run, in order; empty when the database is up to date. */
    public List<RevisionEntry> pending() {
        return Failures.translated(() -> RevisionEntry.of(new CurrentUseCase(project).pending()));
    }

    /** Every revision of the project, newest first (read from the migrations, no database needed). */
    public List<RevisionEntry> history() {
        return Failures.translated(() -> RevisionEntry.of(new RevisionQueries(project).history(null)));
    }

    /**
     * Compares the entities with the database, which must be at head. Without a DataSource (or
     * URL), compares them with the schema the migrations produce in an embedded PostgreSQL.
     */
    public DriftReport check() {
        return check(false);
    }

    /**
     * Compares the entities with the schema the migrations produce, replayed into an embedded
     * PostgreSQL, even when a database is configured: does every entity change have its migration?
     */
    public DriftReport checkMigrations() {
        return check(true);
    }

    private DriftReport check(boolean againstMigrations) {
        return Failures.translated(() -> Drifts.of(new CheckUseCase(project, new DiffUseCase())
                .run(new SchemaSources(project, model, listener::info, listener::warning), againstMigrations, compareOptions)));
    }

    private static MigrationResult result(RunResult run) {
        return new MigrationResult(run.headsBefore(), run.headsAfter(),
                run.steps().stream().map(step -> RevisionEntry.of(step.revision())).toList());
    }
}
