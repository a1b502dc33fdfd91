package com.capp.autogen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code capp-autogen} command: Alembic's commands, one class each. Exit codes:
 * 0 success, 1 operational failure, 2 usage or configuration error.
 */
@Command(name = "capp-autogen",
        mixinStandardHelpOptions = true,
        version = "capp-autogen " + Main.VERSION,
        description = "Alembic-style schema migrations for JPA/Hibernate on PostgreSQL.",
        subcommands = {InitCommand.class, CurrentCommand.class, HistoryCommand.class, HeadsCommand.class, BranchesCommand.class,
                ShowCommand.class, UpgradeCommand.class, DowngradeCommand.class, StampCommand.class,
                RevisionCommand.class, MergeCommand.class, CheckCommand.class, DiffCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:operational failure (database, migration, revision graph, checksum, lock timeout)",
                "2:usage or configuration error (bad option, bad capp-autogen.properties, no or bad DATABASE_URL)"})
public final class Main implements Runnable {

    static final String VERSION = "0.1.0";

    private final CliEnvironment environment;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public Main() {
        this(CliEnvironment.system());
    }

    public Main(CliEnvironment environment) {
        this.environment = environment;
    }

    /** The command line with its error reporting; what {@link #main} runs and what tests execute. */
    public static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new Main(environment));
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        return commandLine;
    }

    public static void main(String[] args) {
        LoggingSetup.configure(java.util.Arrays.asList(args).contains("--debug"));
        System.exit(commandLine(CliEnvironment.system()).execute(args));
    }

    CliEnvironment environment() {
        return environment;
    }

    /** Without a subcommand there is nothing to do but explain usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
