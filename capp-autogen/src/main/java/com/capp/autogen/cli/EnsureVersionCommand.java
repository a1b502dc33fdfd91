package com.capp.autogen.cli;

import com.capp.autogen.app.MigrateUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ensure_version", aliases = "ensure-version", mixinStandardHelpOptions = true,
        description = "Create the version table if it does not exist; nothing else.")
final class EnsureVersionCommand extends ProjectCommand {

    @Option(names = "--sql", description = "Print the CREATE TABLE instead of running it (no database needed).")
    boolean sql;

    @Override
    public Integer call() {
        MigrateUseCase migrate = new MigrateUseCase(project(), listener());
        if (sql) {
            out().print(migrate.ensureVersionScript());
            out().flush();
        } else {
            migrate.ensureVersion();
        }
        return 0;
    }
}
