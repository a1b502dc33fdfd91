package com.capp.autogen.cli;

import picocli.CommandLine.Option;

/** Options every command shares. */
public final class ProjectOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = "capp-autogen.properties",
            description = "Project configuration; its folder is the project root (default: ${DEFAULT-VALUE}).")
    String config;

    @Option(names = "--url", paramLabel = "URL",
            description = "Database URL (JDBC or postgresql://user:pass@host:port/db); default: "
                    + "DATABASE_URL from the environment, then from .env.")
    String url;

    @Option(names = "--classpath", paramLabel = "PATH", split = "${sys:path.separator}",
            description = "Jars or class folders holding compiled migrations (used when migrations.location "
                    + "does not exist), e.g. with java -jar, which ignores -cp.")
    java.util.List<java.nio.file.Path> classpath = new java.util.ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces and debug logging.")
    boolean debug;
}
