package com.capp.autogen.cli;

import com.capp.autogen.app.DiffUseCase;
import com.capp.autogen.app.Project;
import com.capp.autogen.app.SchemaSources;
import com.capp.autogen.config.ConfigLoader;
import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.Configuration;
import com.capp.autogen.model.ModelSpec;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What every subcommand needs: its command model, the project it works on (opened when first asked
 * for; {@code init} makes one instead), and where to print.
 */
abstract class ProjectCommand implements Callable<Integer> {

    private final Main main;
    private final CommandSpec spec;

    private Project project;

    /** Subcommand {@code name} of {@code main}: the subclass adds its options and parameters to {@link #spec()}. */
    ProjectCommand(Main main, String name, String... description) {
        this.main = main;
        this.spec = Specs.command(this, name, description);
    }

    /** Its declaration, which the top command registers; after parsing, its options hold their values. */
    CommandSpec spec() {
        return spec;
    }

    /** The autogenerate pipeline, safe forms unless {@code --unsafe} or {@code autogenerate.unsafe=true}. */
    DiffUseCase diffUseCase(AutogenArguments autogen) {
        return new DiffUseCase(!autogen.unsafe() && !project().config().unsafeForms());
    }

    Project project() {
        if (project == null) {
            CliEnvironment env = main.environment();
            ProjectArguments options = main.options();
            project = Project.open(ConfigLoader.find(env.workingDirectory(), options.config()), options.section(),
                    options.xArguments(), env.variables(), options.url());
            if (!options.classpath().isEmpty()) {
                project.useClassLoader(MigrationsClassLoader.of(env.workingDirectory(), options.classpath()));
            }
        }
        return project;
    }

    /** The Java API configured as this command line says: the commands with an API verb are its clients. */
    CappAutogen api() {
        return configuration().load();
    }

    /** The Java API with the model and comparison options of check and revision --autogenerate. */
    CappAutogen api(AutogenArguments autogen) {
        return autogen.applyTo(configuration(), main.environment().workingDirectory()).load();
    }

    private Configuration configuration() {
        CliEnvironment env = main.environment();
        ProjectArguments options = main.options();
        Configuration configuration = CappAutogen.configure()
                .configFile(ConfigLoader.find(env.workingDirectory(), options.config())).section(options.section())
                .environment(env.variables()).url(options.url()).listener(listener());
        options.xArguments().forEach(configuration::xArgument);
        if (!options.classpath().isEmpty()) {
            configuration.classLoader(MigrationsClassLoader.of(env.workingDirectory(), options.classpath()));
        }
        return configuration;
    }

    /** The sources autogenerate compares; progress of long steps goes to stderr. */
    SchemaSources sources(AutogenArguments autogen) {
        ConsoleListener listener = listener();
        ModelSpec model = autogen.modelSpec(project().config().model(), main.environment().workingDirectory());
        return new SchemaSources(project(), model, listener::info, listener::warning);
    }

    ConsoleListener listener() {
        return new ConsoleListener(err(), main.options().quiet() ? "WARN" : project().config().logLevel());
    }

    CliEnvironment environment() {
        return main.environment();
    }

    /**
     * Whether the option was on the command line. For an option in an argument group: picocli sets
     * those only when their group is matched, so their value alone is null when none of it was given.
     */
    boolean given(OptionSpec option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    CommandLine commandLine() {
        return spec.commandLine();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Alembic's report of a written revision file. */
    int generated(java.nio.file.Path file) {
        if (main.options().quiet()) {
            return 0;
        }
        out().println("Generating " + file + " ...  done");
        out().flush();
        return 0;
    }

    void print(List<String> lines) {
        lines.forEach(out()::println);
        out().flush();
    }
}
