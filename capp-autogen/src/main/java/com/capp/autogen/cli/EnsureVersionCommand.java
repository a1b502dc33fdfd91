package com.capp.autogen.cli;

import com.capp.autogen.app.MigrateUseCase;
import picocli.CommandLine.Model.OptionSpec;

final class EnsureVersionCommand extends ProjectCommand {

    private final OptionSpec sql = Specs.flag("Print the CREATE TABLE instead of running it (no database needed).",
            "--sql").build();

    EnsureVersionCommand(Main main) {
        super(main, "ensure_version", "Create the version table if it does not exist; nothing else.");
        spec().aliases("ensure-version").addOption(sql);
    }

    @Override
    public Integer call() {
        MigrateUseCase migrate = new MigrateUseCase(project(), listener());
        if (sql.<Boolean>getValue()) {
            out().print(migrate.ensureVersionScript());
            out().flush();
        } else {
            migrate.ensureVersion();
        }
        return 0;
    }
}
