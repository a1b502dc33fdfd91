package com.capp.autogen.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/**
 * Options every command shares. They are global, as Alembic's: accepted before the command
 * ({@code capp-autogen -c prod.properties -x dburl=... upgrade head}) and after it. Declared on the
 * top command with scope INHERIT: picocli copies each into every subcommand added afterwards, and the
 * copy shares the original's value, so {@link #values()} sees an option wherever it was given.
 */
final class ProjectOptions {

    private final OptionSpec config = global(Specs.option("FILE", "Project configuration; its folder is the project "
            + "root (default: the first capp-autogen.properties in the working directory or its parents).",
            "-c", "--config"));
    private final OptionSpec section = global(Specs.option("SECTION",
            "Use section SECTION of the configuration: its SECTION.key entries override key.", "-n", "--name"));
    private final OptionSpec xArguments = global(Specs.keyValues("Extra argument (repeatable): overrides the "
            + "configuration key KEY (dburl = database.url) and is readable by migrations through Op.xArguments().", "-x"));
    private final OptionSpec url = global(Specs.option("URL", "Database URL (JDBC or postgresql://user:pass@host:port/db); "
            + "default: -x dburl, database.url, then DATABASE_URL from the environment, then from .env.", "--url"));
    private final OptionSpec classpath = global(Specs.list(Path.class, "PATH", "Jars or class folders holding compiled "
            + "migrations (used when migrations.location does not exist), e.g. with java -jar, which ignores -cp.",
            "--classpath").splitRegex("${sys:path.separator}"));
    /** Read from the raw arguments, as logging is set up before parsing; declared for usage and parsing. */
    private final OptionSpec debug = global(Specs.flag("Show stack traces and debug logging (--raiseerr: "
            + "Alembic's spelling).", "--debug", "--raiseerr"));
    private final OptionSpec quiet = global(Specs.flag("Print no INFO progress lines or status messages; results and "
            + "errors still print.", "-q", "--quiet"));

    ProjectOptions(CommandSpec top) {
        top.addOption(config).addOption(section).addOption(xArguments).addOption(url).addOption(classpath)
                .addOption(debug).addOption(quiet);
    }

    ProjectArguments values() {
        return new ProjectArguments(config.getValue(), section.getValue(), xArguments.getValue(), url.getValue(),
                classpath.getValue(), quiet.getValue());
    }

    private static OptionSpec global(OptionSpec.Builder option) {
        return option.scopeType(ScopeType.INHERIT).build();
    }
}
