package com.capp.autogen.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options every command shares. They are global, as Alembic's: accepted before the command
 * ({@code capp-autogen -c prod.properties -x dburl=... upgrade head}) and after it.
 */
public final class ProjectOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Project configuration; its folder is the project root (default: the first "
                    + "capp-autogen.properties in the working directory or its parents).")
    String config;

    @Option(names = {"-n", "--name"}, paramLabel = "SECTION", scope = ScopeType.INHERIT,
            description = "Use section SECTION of the configuration: its SECTION.key entries override key.")
    String section;

    @Option(names = "-x", paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT,
            description = "Extra argument (repeatable): overrides the configuration key KEY (dburl = database.url) "
                    + "and is readable by migrations through Op.xArguments().")
    Map<String, String> xArguments = new LinkedHashMap<>();

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Database URL (JDBC or postgresql://user:pass@host:port/db); default: -x dburl, "
                    + "database.url, then DATABASE_URL from the environment, then from .env.")
    String url;

    @Option(names = "--classpath", paramLabel = "PATH", split = "${sys:path.separator}", scope = ScopeType.INHERIT,
            description = "Jars or class folders holding compiled migrations (used when migrations.location "
                    + "does not exist), e.g. with java -jar, which ignores -cp.")
    java.util.List<java.nio.file.Path> classpath = new java.util.ArrayList<>();

    @Option(names = {"--debug", "--raiseerr"}, scope = ScopeType.INHERIT,
            description = "Show stack traces and debug logging (--raiseerr: Alembic's spelling).")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print no INFO progress lines or status messages; results and errors still print.")
    boolean quiet;
}
