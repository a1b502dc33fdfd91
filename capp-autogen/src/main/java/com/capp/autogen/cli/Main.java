package com.capp.autogen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code capp-autogen} command; subcommands are added as they are built. */
@Command(name = "capp-autogen",
        mixinStandardHelpOptions = true,
        version = "capp-autogen " + Main.VERSION,
        description = "Alembic-style schema migrations for JPA/Hibernate on PostgreSQL.")
public final class Main implements Runnable {

    static final String VERSION = "0.1.0";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /** Without a subcommand there is nothing to do but explain usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
