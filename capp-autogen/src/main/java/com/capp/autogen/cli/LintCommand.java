package com.capp.autogen.cli;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.LintResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reads migrations already written for statements that lock, rewrite or break a running application. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Find statements that can stall a busy database or break the running application.",
                "Default: the migrations not yet applied to the configured database (all of them without one).",
                "With a database, findings show the tables' row counts and sizes. Rules: docs/LINT.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:No error-level finding (warnings and allowed findings may be listed).",
                "1:At least one error-level finding.", "2:Error (broken migration, cannot connect...)."})
final class LintCommand extends ProjectCommand implements DriftCommand {

    @Parameters(arity = "0..1", paramLabel = "REV | START:END", description = "One revision, or a range such as 0002:head.")
    String selection;

    @Option(names = "--all", description = "Lint every migration, applied or not.")
    boolean all;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        CappAutogen api = api();
        LintResult report = selection != null ? api.lint(selection) : all ? api.lintAll() : api.lint();
        if ("json".equals(format)) {
            out().println(LintJson.of(report));
            out().flush();
        } else {
            print(report.lines());
        }
        return report.hasErrors() ? ExitCodes.DIFFERENCES : ExitCodes.MATCHING;
    }
}
