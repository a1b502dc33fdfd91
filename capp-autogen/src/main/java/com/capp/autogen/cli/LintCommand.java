package com.capp.autogen.cli;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.LintResult;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Reads migrations already written for statements that lock, rewrite or break a running application. */
final class LintCommand extends ProjectCommand implements DriftCommand {

    private final PositionalParamSpec selection = Specs.parameter("0..1", String.class, "REV | START:END",
            "One revision, or a range such as 0002:head.").build();
    private final OptionSpec all = Specs.flag("Lint every migration, applied or not.", "--all").build();
    private final OptionSpec format = Specs.outputFormat();

    LintCommand(Main main) {
        super(main, "lint", "Find statements that can stall a busy database or break the running application.",
                "Default: the migrations not yet applied to the configured database (all of them without one).",
                "With a database, findings show the tables' row counts and sizes. Rules: docs/LINT.md.");
        Specs.exitCodes(spec(), "Exit codes:%n", "0:No error-level finding (warnings and allowed findings may be listed).",
                "1:At least one error-level finding.", "2:Error (broken migration, cannot connect...).");
        spec().addPositional(selection).addOption(all).addOption(format);
    }

    @Override
    public Integer call() {
        CappAutogen api = api();
        String selection = this.selection.getValue();
        LintResult report = selection != null ? api.lint(selection) : all.<Boolean>getValue() ? api.lintAll() : api.lint();
        if ("json".equals(format.getValue())) {
            out().println(LintJson.of(report));
            out().flush();
        } else {
            print(report.lines());
        }
        return report.hasErrors() ? ExitCodes.DIFFERENCES : ExitCodes.MATCHING;
    }
}
