package com.capp.autogen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * Entry point of the {@code capp-autogen} command: Alembic's commands, one class each. Exit codes:
 * 0 success, 1 operational failure, 2 usage or configuration error.
 */
@Command(name = "capp-autogen",
        mixinStandardHelpOptions = true,
        version = "capp-autogen " + Main.VERSION,
        description = "Alembic-style schema migrations for JPA/Hibernate on PostgreSQL.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:operational failure (database, migration, revision graph, checksum), after a "
                        + "FAILED: line; Alembic exits 255 there",
                "2:usage or configuration error (bad option, bad capp-autogen.properties, no or bad DATABASE_URL); "
                        + "a migration that timed out on its table lock; Alembic exits 2 for usage errors too",
                "  :check, diff and lint: 1 means the schemas differ or lint found errors, 2 any error"})
public final class Main implements Runnable {

    static final String VERSION = "0.1.0";

    private final CliEnvironment environment;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ProjectOptions options;

    public Main() {
        this(CliEnvironment.system());
    }

    public Main(CliEnvironment environment) {
        this.environment = environment;
    }

    /** The command line with every command and its error reporting. */
    public static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = withErrorReporting(environment);
        Subcommands.registerAll(commandLine);
        return commandLine;
    }

    /** The command line for these arguments: only the commands they name are registered (start-up). */
    public static CommandLine commandLine(CliEnvironment environment, List<String> args) {
        CommandLine commandLine = withErrorReporting(environment);
        Subcommands.registerNamed(commandLine, args);
        return commandLine;
    }

    private static CommandLine withErrorReporting(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new Main(environment));
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
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
    ProjectOptions options() {
        return options;
    }

    /** Without a subcommand there is nothing to do but explain usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
