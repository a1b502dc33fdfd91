package com.capp.autogen.embed;

import com.capp.autogen.app.CheckUseCase;
import com.capp.autogen.app.CurrentUseCase;
import com.capp.autogen.app.DiffResult;
import com.capp.autogen.app.DiffUseCase;
import com.capp.autogen.app.LintUseCase;
import com.capp.autogen.app.MigrateUseCase;
import com.capp.autogen.app.Project;
import com.capp.autogen.app.RevisionQueries;
import com.capp.autogen.app.SchemaSources;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.revision.RevisionInfo;
import com.capp.autogen.runtime.MigrationListener;
import com.capp.autogen.runtime.RunResult;

import java.util.List;
import java.util.Set;

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
     * Refuses to start when lint finds errors in the pending migrations, unless {@link RunOption#ALLOW_UNSAFE}
     * (or {@code lint.allow.unsafe=true}).
     */
    public MigrationResult upgrade(String target, RunOption... options) {
        Set<RunOption> asked = Set.of(options);
        return Failures.translated(() -> result(migrate().upgrade(target, asked.contains(RunOption.IGNORE_CHECKSUMS),
                asked.contains(RunOption.ALLOW_UNSAFE) || project.config().allowUnsafe())));
    }

    /**
     * Fails when a migration the database ran has changed since (its checksum differs from the one
     * recorded), as {@link #upgrade} would, but runs nothing: for checks that must not write.
     */
    public void verifyChecksums() {
        Failures.translated(() -> {
            migrate().verifyChecksums();
            return null;
        });
    }

    /** Runs the downgrades down to {@code target}: a revision id, {@code -N} or {@code base}. */
    public MigrationResult downgrade(String target, RunOption... options) {
        boolean ignoreChecksums = Set.of(options).contains(RunOption.IGNORE_CHECKSUMS);
        return Failures.translated(() -> result(migrate().downgrade(target, ignoreChecksums)));
    }

    /**
     * The SQL script {@code upgrade --sql} prints, for a DBA to run: {@code head}, or {@code FROM:TO}
     * to start from a revision. Needs no database.
     */
    public String upgradeScript(String target) {
        return Failures.translated(() -> migrate().upgradeScript(target));
    }

    /** The SQL script {@code downgrade --sql FROM:TO} prints. Needs no database. */
    public String downgradeScript(String range) {
        return Failures.translated(() -> migrate().downgradeScript(range));
    }

    /** The revisions the database is at (empty at base). */
    public List<RevisionEntry> current() {
        return Failures.translated(() -> entries(new CurrentUseCase(project).run()));
    }

    /**
     * The revisions the database is at, which must be every head: else a {@link CappAutogenException}
     * ("Target database is not up to date"). For an application that must not start on an old schema.
     */
    public List<RevisionEntry> requireAtHead() {
        return Failures.translated(() -> entries(new CurrentUseCase(project).requireAtHead()));
    }

    /** The revisions {@code upgrade("heads")} would run, in order; empty when the database is up to date. */
    public List<RevisionEntry> pending() {
        return Failures.translated(() -> entries(new CurrentUseCase(project).pending()));
    }

    /** Every revision of the project, newest first (read from the migrations, no database needed). */
    public List<RevisionEntry> history() {
        return history(null);
    }

    /**
     * The revisions of {@code range}, newest first: {@code START:END} with either end optional, e.g.
     * {@code 0001:head}, {@code current:} (which reads the database); null for all.
     */
    public List<RevisionEntry> history(String range) {
        return Failures.translated(() -> entries(new RevisionQueries(project).history(range)));
    }

    /**
     * The revisions {@code revision} names, oldest first: an id or unique prefix, a branch label,
     * {@code head}, {@code heads}, {@code current} (reads the database) or a relative form such as
     * {@code head-1}; empty for {@code base}.
     */
    public List<RevisionEntry> show(String revision) {
        return Failures.translated(() -> entries(new RevisionQueries(project).show(revision)));
    }

    /**
     * Compares the entities with the database, which must be at head. Without a DataSource (or
     * URL), compares them with the schema the migrations produce in an embedded PostgreSQL. The
     * report carries the lint findings of the migration autogenerate would write.
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

    /**
     * Lints the migrations not yet applied to the database (every migration when none is configured),
     * with the database's table sizes in the findings: what the {@code lint} command prints.
     */
    public LintResult lint() {
        return lint(null);
    }

    /** Lints one revision, or a {@code START:END} range such as {@code 0002:head}. */
    public LintResult lint(String revisions) {
        return Failures.translated(() -> Lints.of(new LintUseCase(project).run(revisions, false)));
    }

    /** Lints every migration, applied or not. */
    public LintResult lintAll() {
        return Failures.translated(() -> Lints.of(new LintUseCase(project).run(null, true)));
    }

    /** Alembic's {@code revision -m MESSAGE [--autogenerate]}: writes a new migration into the migrations folder. */
    public RevisionResult revision(String message, boolean autogenerate) {
        NewRevision asked = NewRevision.message(message);
        return revision(autogenerate ? asked.autogenerate() : asked);
    }

    /**
     * Writes the revision(s) asked for; with {@link NewRevision#autogenerate()} and no change found,
     * writes nothing and returns {@link RevisionResult.NoChanges}.
     */
    public RevisionResult revision(NewRevision revision) {
        return Failures.translated(() -> new Revisions(project, sources(), compareOptions).create(revision));
    }

    private DriftReport check(boolean againstMigrations) {
        return Failures.translated(() -> {
            DiffResult diff = new CheckUseCase(project, new DiffUseCase(!project.config().unsafeForms()))
                    .run(sources(), againstMigrations, compareOptions);
            return Drifts.of(diff, Lints.of(new LintUseCase(project).generated(diff.plan())));
        });
    }

    private SchemaSources sources() {
        return new SchemaSources(project, model, listener::info, listener::warning);
    }

    private MigrateUseCase migrate() {
        return new MigrateUseCase(project, listener);
    }

    private List<RevisionEntry> entries(List<RevisionInfo> revisions) {
        return RevisionEntry.of(project.migrations(), revisions);
    }

    private MigrationResult result(RunResult run) {
        return new MigrationResult(run.headsBefore(), run.headsAfter(),
                run.steps().stream().map(step -> RevisionEntry.of(project.migrations(), step.revision())).toList());
    }
}
