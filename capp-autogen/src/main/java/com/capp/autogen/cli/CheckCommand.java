package com.capp.autogen.cli;

import com.capp.autogen.app.DiffResult;
import com.capp.autogen.app.DiffUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** The CI gate: does the database match the model? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the database with the model; fail when an upgrade would be generated.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:No new upgrade operations detected.", "1:The model and the database differ.",
                "2:Error (cannot connect, cannot read the model...)."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AutogenOptions options;

    @Option(names = "--url", description = "Database URL (default: $DATABASE_URL).")
    String url;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        String database = url != null ? url : System.getenv("DATABASE_URL");
        if (database == null) {
            throw new IllegalArgumentException("no database: give --url or set DATABASE_URL");
        }
        DiffResult result = new DiffUseCase().diff(options.source(database), options.source("model"),
                options.compareOptions());
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.println(JsonReport.of(result));
        } else if (result.isEmpty()) {
            out.println("No new upgrade operations detected.");
        } else {
            out.println("New upgrade operations detected:");
            result.summary().forEach(line -> out.println("  " + line));
        }
        return result.isEmpty() ? ExitCodes.MATCHING : ExitCodes.DIFFERENCES;
    }
}
