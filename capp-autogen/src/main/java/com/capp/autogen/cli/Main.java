package com.capp.autogen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;

/**
 * Entry point of the {@code capp-autogen} command: Alembic's commands, one class each. Exit codes:
 * 0 success, 1 operational failure, 2 usage or configuration error.
 */
public final class Main implements Runnable {

    static final String VERSION = "0.1.0";

    private final CliEnvironment environment;
    private final CommandSpec spec;
    private final ProjectOptions options;

    private Main(CliEnvironment environment) {
        this.environment = environment;
        this.spec = Specs.command(this, "capp-autogen", "Alembic-style schema migrations for JPA/Hibernate on PostgreSQL.")
                .version("capp-autogen " + VERSION);
        Specs.exitCodes(spec, "%nExit codes:%n",
                "0:success",
                "1:operational failure (database, migration, revision graph, checksum), after a "
                        + "FAILED: line; Alembic exits 255 there",
                "2:usage or configuration error (bad option, bad capp-autogen.properties, no or bad DATABASE_URL); "
                        + "a migration that timed out on its table lock; Alembic exits 2 for usage errors too",
                "  :check, diff and lint: 1 means the schemas differ or lint found errors, 2 any error");
        this.options = new ProjectOptions(spec); // before any subcommand: each inherits them when added
    }

    /** The command line with every command and its error reporting. */
    public static CommandLine commandLine(CliEnvironment environment) {
        Main main = new Main(environment);
        return main.withCommands(Subcommands.all(main));
    }

    /** The command line for these arguments: only the commands they name are registered (start-up). */
    public static CommandLine commandLine(CliEnvironment environment, List<String> args) {
        Main main = new Main(environment);
        return main.withCommands(Subcommands.named(main, args));
    }

    private CommandLine withCommands(List<ProjectCommand> commands) {
        CommandLine commandLine = new CommandLine(spec);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commands.forEach(command -> commandLine.addSubcommand(command.spec()));
        return commandLine;
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        LoggingSetup.configure(arguments.contains("--debug") || arguments.contains("--raiseerr"));
        System.exit(commandLine(CliEnvironment.system(), arguments).execute(args));
    }

    CliEnvironment environment() {
        return environment;
    }

    /** The global options, wherever on the line they were given. */
    ProjectArguments options() {
        return options.values();
    }

    /** Without a subcommand there is nothing to do but explain usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
