package com.capp.autogen.maven;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.CappAutogenException;
import com.capp.autogen.embed.Configuration;
import com.capp.autogen.embed.ProgressListener;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every goal shares: the parameters that say where the project's migrations, entities and
 * database are, each overridable on the command line by {@code -Dcapp.autogen.<name>} (even when the
 * POM sets it), and the translation of the API's failures into Maven's. A goal only says what it
 * does with the loaded {@link CappAutogen}.
 */
abstract class AbstractCappAutogenMojo extends AbstractMojo {

    /** Skips the goal ({@code -Dcapp.autogen.skip}), e.g. in one module of a multi-module build. */
    @Parameter(property = "capp.autogen.skip", defaultValue = "false")
    boolean skip;

    /**
     * The project's {@code capp-autogen.properties} (its folder is the root relative paths start
     * from). Default: the first one in the module's folder or its parents, up to the build's root;
     * without one, the POM's parameters and the tool's defaults.
     */
    @Parameter(property = "capp.autogen.configFile")
    File configFile;

    /**
     * The database (JDBC or {@code postgresql://} URL). Without one, {@code check} and
     * {@code revision -Dautogenerate} replay the migrations into an embedded PostgreSQL.
     */
    @Parameter(property = "capp.autogen.url")
    String url;

    /** The id of a {@code <server>} in settings.xml holding the database user and password. */
    @Parameter(property = "capp.autogen.serverId")
    String serverId;

    /** A folder of migration sources, compiled in memory (default: {@code migrations.location}). */
    @Parameter(property = "capp.autogen.migrationsFolder")
    File migrationsFolder;

    /** The migrations' package (default: {@code migrations.package}). */
    @Parameter(property = "capp.autogen.migrationsPackage")
    String migrationsPackage;

    /** Packages holding the {@code @Entity} classes (default: {@code model.packages}). */
    @Parameter(property = "capp.autogen.modelPackages")
    List<String> modelPackages;

    /**
     * Any {@code capp-autogen.properties} key, e.g. {@code <ddl.lock.timeout>2s</ddl.lock.timeout>};
     * {@code -Dcapp.autogen.ddl.lock.timeout=2s} overrides it.
     */
    @Parameter
    Map<String, String> properties;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    Settings settings;

    @Component
    SettingsDecrypter decrypter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skipsPomModules() && "pom".equals(project.getPackaging())) {
            getLog().info("capp-autogen: " + project.getArtifactId() + " is a pom module (no entities of its own): skipped;"
                    + " the check runs in the modules that build entities or migrations");
            return;
        }
        CommandLineOverrides overrides = new CommandLineOverrides(session.getUserProperties());
        if (overrides.flag("skip", skip)) {
            getLog().info("capp-autogen: skipped (capp.autogen.skip)");
            return;
        }
        if (!getLog().isDebugEnabled()) {
            LibraryLogging.quiet();
        }
        try (ProjectClasspath classpath = ProjectClasspath.of(project)) {
            run(configuration(overrides, classpath).load());
        } catch (CappAutogenException e) {
            throw Failures.of(e);
        }
    }

    /**
     * Whether the goal passes over {@code pom} modules: a lifecycle-bound goal declared in a parent is
     * inherited by the aggregator, which has no build output to read entities from.
     */
    boolean skipsPomModules() {
        return false;
    }

    /** What the goal does. */
    abstract void run(CappAutogen autogen) throws MojoExecutionException, MojoFailureException;

    private Configuration configuration(CommandLineOverrides overrides, ProjectClasspath classpath)
            throws MojoExecutionException {
        Configuration configuration = CappAutogen.configure()
                .configFile(ConfigFiles.find(overrides.file("configFile", configFile, project), project, session))
                .classLoader(classpath.classLoader())
                .modelClasspath(classpath.entries())
                .environment(devDatabaseEnvironment())
                .listener(ProgressListener.of(getLog()::info, getLog()::warn)); // progress lines and warnings as build log lines
        String database = overrides.text("url", url);
        String server = overrides.text("serverId", serverId);
        if (database != null) {
            configuration.url(new ServerCredentials(settings, decrypter).applyTo(database, server));
        } else if (server != null) {
            throw new MojoExecutionException("capp-autogen: serverId is set but no database url."
                    + " Set <url> (or -Dcapp.autogen.url) to the database the server's credentials are for.");
        }
        File folder = overrides.file("migrationsFolder", migrationsFolder, project);
        if (folder != null) {
            configuration.migrationsFolder(folder.toPath());
        }
        String pkg = overrides.text("migrationsPackage", migrationsPackage);
        if (pkg != null) {
            configuration.migrationsPackage(pkg);
        }
        configuration.model(overrides.list("modelPackages", modelPackages).toArray(String[]::new));
        Map<String, String> keys = new LinkedHashMap<>(properties == null ? Map.of() : properties);
        keys.putAll(overrides.configKeys());
        keys.forEach(configuration::setting);
        return configuration;
    }

    /** Only the variables that choose the embedded server's cache: a build's DATABASE_URL is not a target. */
    private static Map<String, String> devDatabaseEnvironment() {
        Map<String, String> variables = new LinkedHashMap<>(System.getenv());
        variables.keySet().removeIf(name -> !name.equals("CAPP_AUTOGEN_CACHE") && !name.equals("XDG_CACHE_HOME"));
        return variables;
    }
}
