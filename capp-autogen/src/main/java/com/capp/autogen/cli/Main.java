package com.capp.autogen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code capp-autogen} command; subcommands are added as they are built. */
@Command(name = "capp-autogen",
        mixinStandardHelpOptions = true,
        version = "capp-autogen " + Main.VERSION,
        description = "Alembic-style schema migrations for JPA/Hibernate on PostgreSQL.",
        subcommands = {CheckCommand.class, DiffCommand.class})
public final class Main implements Runnable {

    static final String VERSION = "0.1.0";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; errors map to exit code 2 (stack traces only with -Dcapp.debug). */
    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("ERROR: " + e.getMessage());
                    if (Boolean.getBoolean("capp.debug")) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return ExitCodes.ERROR;
                })
                .setExitCodeExceptionMapper(e -> ExitCodes.ERROR);
    }

    /** Without a subcommand there is nothing to do but explain usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
