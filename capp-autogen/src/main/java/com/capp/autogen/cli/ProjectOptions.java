package com.capp.autogen.cli;

import picocli.CommandLine.Option;

/** Options every command shares. */
public final class ProjectOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Project configuration; its folder is the project root (default: the first "
                    + "capp-autogen.properties in the working directory or its parents).")
    String config;

    @Option(names = "--url", paramLabel = "URL",
            description = "Database URL (JDBC or postgresql://user:pass@host:port/db); default: "
                    + "DATABASE_URL from the environment, then from .env.")
    String url;

    @Option(names = "--debug", description = "Show stack traces and debug logging.")
    boolean debug;
}
