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
                RevisionCommand.class, MergeCommand.class, CheckCommand.class, DiffCommand.class,
                EnsureVersionCommand.class, EditCommand.class, ListTemplatesCommand.class, LintCommand.class,
                RepairCommand.class},
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

    /** The command line with its error reporting; what {@link #main} runs and what tests execute. */
    public static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new Main(environment));
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        return commandLine;
    }

    public static void main(String[] args) {
        var arguments = java.util.Arrays.asList(args);
        LoggingSetup.configure(arguments.contains("--debug") || arguments.contains("--raiseerr"));
        System.exit(commandLine(CliEnvironment.system()).execute(args));
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
