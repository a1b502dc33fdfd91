package com.capp.autogen.cli;

import com.capp.autogen.config.ConfigException;
import com.capp.autogen.embed.CappAutogen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert to a previous version.")
final class DowngradeCommand extends ProjectCommand {

    private static final String BASE_WARNING = "`downgrade base` runs every migration's downgrade: it drops all the"
            + " tables the migrations created, with their data.";

    @Parameters(paramLabel = "REV",
            description = "-N, a revision, base, head-1, REV-N, label@base, label@-1..., or FROM:TO with --sql.")
    String target;

    @Option(names = "--sql", description = "Print the SQL script instead of running it (needs FROM:TO).")
    boolean sql;

    @Option(names = "--ignore-checksums", description = "Run even if applied migrations changed since they ran.")
    boolean ignoreChecksums;

    @Option(names = {"-y", "--yes"}, description = "Confirm `downgrade base` without asking (needed when not interactive).")
    boolean yes;

    @Override
    public Integer call() {
        CappAutogen api = api();
        if (sql) {
            out().print(api.downgradeScript(target));
            out().flush();
            return 0;
        }
        if (target.equals("base") && !yes && !confirmed()) {
            err().println("Aborted: nothing was changed.");
            err().flush();
            return ExitCodes.DIFFERENCES;
        }
        api.downgrade(target, RunOptions.of(ignoreChecksums, false));
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
