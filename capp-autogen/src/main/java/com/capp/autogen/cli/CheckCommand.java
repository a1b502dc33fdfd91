package com.capp.autogen.cli;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.DriftReport;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The CI gate: do the entities hold changes no migration carries? Compares the model with the
 * configured database (which must be at head), or, with no database configured, with the schema
 * the migrations produce in the embedded dev database.
 */
final class CheckCommand extends ProjectCommand implements DriftCommand {

    private final AutogenOptions autogen;
    private final OptionSpec format = Specs.outputFormat();

    CheckCommand(Main main) {
        super(main, "check", "Fail when the entities hold changes that no migration carries.",
                "Compares the model with the database at --url / DATABASE_URL / .env (which must be at head);",
                "with none configured, or with --dev, with the migrations replayed into an embedded PostgreSQL.");
        Specs.exitCodes(spec(), "Exit codes:%n", "0:No new upgrade operations detected.",
                "1:The model and the migrations differ (operations listed).",
                "2:Error (cannot connect, database not at head, broken migration or model...).");
        autogen = new AutogenOptions(spec());
        spec().addOption(format);
    }

    @Override
    public Integer call() {
        AutogenArguments autogen = this.autogen.values();
        CappAutogen api = api(autogen);
        DriftReport report = autogen.dev() ? api.checkMigrations() : api.check();
        if ("json".equals(format.getValue())) {
            out().println(JsonReport.of(report));
        } else if (report.matching()) {
            out().println("No new upgrade operations detected.");
        } else {
            out().println("New upgrade operations detected:");
            report.summary().forEach(line -> out().println("  " + line));
            out().println("Generate a migration for them: capp-autogen revision --autogenerate -m \"...\"");
            out().println("Lint of that migration:");
            report.lint().lines().forEach(line -> out().println("  " + line));
        }
        out().flush();
        return report.matching() ? ExitCodes.MATCHING : ExitCodes.DIFFERENCES;
    }
}
