package com.capp.autogen.cli;

import com.capp.autogen.app.MigrateUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert to a previous version.")
final class DowngradeCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV",
            description = "-N, a revision, base, head-1, REV-N, label@base, label@-1..., or FROM:TO with --sql.")
    String target;

    @Option(names = "--sql", description = "Print the SQL script instead of running it (needs FROM:TO).")
    boolean sql;

    @Override
    public Integer call() {
        MigrateUseCase migrate = new MigrateUseCase(project(), listener());
        if (sql) {
            out().print(migrate.downgradeScript(target));
            out().flush();
        } else {
            migrate.downgrade(target);
        }
        return 0;
    }
}
