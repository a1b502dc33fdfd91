package com.capp.autogen.cli;

import com.capp.autogen.config.ConfigException;
import com.capp.autogen.embed.CappAutogen;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class DowngradeCommand extends ProjectCommand {

    private static final String BASE_WARNING = "`downgrade base` runs every migration's downgrade: it drops all the"
            + " tables the migrations created, with their data.";

    private final PositionalParamSpec target = Specs.parameter("REV",
            "-N, a revision, base, head-1, REV-N, label@base, label@-1..., or FROM:TO with --sql.").build();
    private final OptionSpec sql = Specs.flag("Print the SQL script instead of running it (needs FROM:TO).", "--sql")
            .build();
    private final OptionSpec ignoreChecksums = Specs.flag("Run even if applied migrations changed since they ran.",
            "--ignore-checksums").build();
    private final OptionSpec yes = Specs.flag("Confirm `downgrade base` without asking (needed when not interactive).",
            "-y", "--yes").build();

    DowngradeCommand(Main main) {
        super(main, "downgrade", "Revert to a previous version.");
        spec().addPositional(target).addOption(sql).addOption(ignoreChecksums).addOption(yes);
    }

    @Override
    public Integer call() {
        CappAutogen api = api();
        String target = this.target.getValue();
        if (sql.<Boolean>getValue()) {
            out().print(api.downgradeScript(target));
            out().flush();
            return 0;
        }
        if (target.equals("base") && !yes.<Boolean>getValue() && !confirmed()) {
            err().println("Aborted: nothing was changed.");
            err().flush();
            return ExitCodes.DIFFERENCES;
        }
        api.downgrade(target, RunOptions.of(ignoreChecksums.getValue(), false));
        return 0;
    }

    private boolean confirmed() {
        CliEnvironment.Terminal terminal = environment().terminal();
        if (terminal == null) {
            throw new ConfigException(BASE_WARNING + " Input is not interactive, so it was not run.",
                    "Rerun with --yes (-y) if that is what you want; `downgrade -1` steps back one revision.");
        }
        String answer = terminal.readLine(BASE_WARNING + " Type 'yes' to continue: ");
        return answer != null && answer.trim().equalsIgnoreCase("yes");
    }
}
