package com.capp.autogen.embed;

import com.capp.autogen.app.ModelOverrides;
import com.capp.autogen.app.Project;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.config.ConfigLoader;
import com.capp.autogen.config.ProjectConfig;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.runtime.MigrationListener;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to build a {@link CappAutogen}. Everything is optional; what is not set comes from the
 * project's {@code capp-autogen.properties} when {@link #configFile} names one, else from the
 * defaults documented there. The database is a {@link #dataSource}, or a {@link #url}; without
 * either, {@link CappAutogen#check()} uses an embedded PostgreSQL. Migrations are compiled in memory
 * from a {@link #migrationsFolder}, or, without one, found in {@link #migrationsPackage} through
 * the {@link #classLoader} (a migrations jar on the application's class path).
 */
public final class Configuration {

    private Path configFile;
    private String section;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<String, String> xArguments = new LinkedHashMap<>();
    private DataSource dataSource;
    private String url;
    private Map<String, String> environment = Map.of();
    private Path migrationsFolder;
    private String migrationsPackage;
    private ClassLoader classLoader = Configuration.class.getClassLoader();
    private final List<String> modelPackages = new ArrayList<>();
    private final List<Path> modelClasspath = new ArrayList<>();
    private String physicalNamingStrategy;
    private String implicitNamingStrategy;
    private final Map<String, String> hibernateProperties = new LinkedHashMap<>();
    private ProgressListener progress = line -> { };
    private final List<String> include = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();

    Configuration() {
    }

    /** A {@code capp-autogen.properties}; its folder is the project root that relative paths start from. */
    public Configuration configFile(Path file) {
        this.configFile = Objects.requireNonNull(file);
        return this;
    }

    /** Alembic's {@code -n NAME}: the file's {@code NAME.key} entries override {@code key}. */
    public Configuration section(String name) {
        this.section = name;
        return this;
    }

    /**
     * Any {@code capp-autogen.properties} key, e.g. {@code setting("ddl.lock.retry.delay", "2s")}: overrides
     * the file's value (and its section's). Checked as the file's values are, when {@link #load()} runs.
     */
    public Configuration setting(String key, String value) {
        settings.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return this;
    }

    /** How long a run waits for another one's migration lock before it gives up ({@code lock.timeout.seconds}, default 60 s). */
    public Configuration migrationLockWait(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return setting("lock.timeout.seconds", Long.toString(seconds));
    }

    /**
     * How long each migration statement waits for its table lock before it gives up and is retried
     * ({@code ddl.lock.timeout}, default 5 s): what keeps a migration from queueing the application's queries.
     */
    public Configuration ddlLockTimeout(Duration timeout) {
        return setting("ddl.lock.timeout", timeout.toMillis() + "ms");
    }

    /** How many times a statement is tried when its lock timeout fires ({@code ddl.lock.attempts}, at least 1). */
    public Configuration ddlLockAttempts(int attempts) {
        return setting("ddl.lock.attempts", Integer.toString(attempts));
    }

    /** The longest a migration statement may run ({@code ddl.statement.timeout}; 0 for no limit). */
    public Configuration statementTimeout(Duration timeout) {
        return setting("ddl.statement.timeout", timeout.toMillis() + "ms");
    }

    /**
     * Whether {@link CappAutogen#check()} and autogenerate plan the plain forms (CREATE INDEX, ADD FOREIGN KEY
     * ... in one transaction) instead of the production-safe ones ({@code autogenerate.unsafe}, default false).
     */
    public Configuration unsafeForms(boolean unsafe) {
        return setting("autogenerate.unsafe", Boolean.toString(unsafe));
    }

    /**
     * Alembic's {@code -x KEY=VALUE}: an argument migrations read through {@code op.xArguments()}; it also
     * overrides the configuration key of that name ({@code dburl}: database.url), as on the command line.
     */
    public Configuration xArgument(String key, String value) {
        xArguments.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return this;
    }

    /** The database to migrate and inspect; connections are borrowed one at a time and closed. */
    public Configuration dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource);
        return this;
    }

    /** The database as a URL (JDBC or {@code postgresql://user:pass@host/db}) when there is no DataSource. */
    public Configuration url(String url) {
        this.url = url;
        return this;
    }

    /** Variables to look up {@code DATABASE_URL} in (none by default: the process environment is not read). */
    public Configuration environment(Map<String, String> variables) {
        this.environment = Map.copyOf(variables);
        return this;
    }

    /** A folder of migration sources, compiled in memory (needs a JDK). */
    public Configuration migrationsFolder(Path folder) {
        this.migrationsFolder = Objects.requireNonNull(folder);
        return this;
    }

    /** The package of the migration classes. */
    public Configuration migrationsPackage(String packageName) {
        this.migrationsPackage = Objects.requireNonNull(packageName);
        return this;
    }

    /** Where compiled migrations are looked up (default: the one that loaded capp-autogen). */
    public Configuration classLoader(ClassLoader loader) {
        this.classLoader = Objects.requireNonNull(loader);
        return this;
    }

    /** Packages holding the {@code @Entity} classes, for {@link CappAutogen#check()}. */
    public Configuration model(String... packages) {
        modelPackages.addAll(List.of(packages));
        return this;
    }

    /** Jars or class folders to load the entities from, when the class loader does not see them. */
    public Configuration modelClasspath(Path... entries) {
        modelClasspath.addAll(List.of(entries));
        return this;
    }

    /** The project's Hibernate naming strategies (class names); null keeps Hibernate's default. */
    public Configuration namingStrategies(String physical, String implicit) {
        this.physicalNamingStrategy = physical;
        this.implicitNamingStrategy = implicit;
        return this;
    }

    /** A Hibernate property the entities' metamodel needs, e.g. {@code hibernate.default_schema}. */
    public Configuration hibernateProperty(String key, String value) {
        hibernateProperties.put(key, value);
        return this;
    }

    /** Receives progress lines (Alembic's {@code Running upgrade ...}); nothing is printed. */
    public Configuration progress(Consumer<String> lines) {
        Objects.requireNonNull(lines);
        return listener(lines::accept);
    }

    /** Receives progress lines and warnings apart. */
    public Configuration listener(ProgressListener listener) {
        this.progress = Objects.requireNonNull(listener);
        return this;
    }

    /** {@link CappAutogen#check()} compares only tables, sequences and enum types whose name matches one of these regexes. */
    public Configuration include(List<String> regexes) {
        include.addAll(regexes);
        return this;
    }

    /** {@link CappAutogen#check()} leaves out tables, sequences and enum types whose name matches one of these regexes. */
    public Configuration exclude(List<String> regexes) {
        exclude.addAll(regexes);
        return this;
    }

    /** Reads the configuration; migrations are loaded on first use. */
    public CappAutogen load() {
        return Failures.translated(() -> {
            ProjectConfig config = projectConfig();
            Project project = new Project(config, environment, url, Clock.systemDefaultZone()).useClassLoader(classLoader);
            if (dataSource != null) {
                project.useDataSource(dataSource);
            }
            ModelSpec model = new ModelOverrides(modelPackages, modelClasspath.stream().map(config.root()::resolve).toList(),
                    physicalNamingStrategy, implicitNamingStrategy, hibernateProperties).applyTo(config.model());
            return new CappAutogen(project, model, CompareOptions.of(include, exclude), new Progress(progress));
        });
    }

    private ProjectConfig projectConfig() {
        Path file = configFile != null ? configFile : Path.of(ConfigLoader.FILE_NAME);
        ProjectConfig c = ConfigLoader.load(file, section, settings, xArguments);
        // without a config file, migrations come only from a folder given here (never a stray default folder)
        Path folder = migrationsFolder != null ? c.root().resolve(migrationsFolder)
                : configFile != null ? c.migrationsLocation() : null;
        return c.withMigrations(folder, migrationsPackage != null ? migrationsPackage : c.migrationsPackage());
    }

    /** The runner's events as the application's listener takes them. */
    private record Progress(ProgressListener listener) implements MigrationListener {
        @Override
        public void running(MigrationStep step) {
            listener.info(step.runningLine());
        }

        @Override
        public void info(String message) {
            listener.info(message);
        }

        @Override
        public void warning(String message) {
            listener.warning(message);
        }
    }
}
