package com.capp.autogen.cli;

import com.capp.autogen.app.MigrateUseCase;
import com.capp.autogen.runtime.RunResult;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.List;

final class StampCommand extends ProjectCommand {

    private final PositionalParamSpec targets = Specs.parameter("1..*", List.class, "REV",
            "Revision(s): an id, head, heads, base, label@head...; several make several heads; FROM:TO with --sql.")
            .build();
    private final OptionSpec sql = Specs.flag("Print the SQL instead of running it (no database needed).", "--sql")
            .build();
    private final OptionSpec purge = Specs.flag(
            "Empty the version table first, whatever it holds (even unknown revisions).", "--purge").build();

    StampCommand(Main main) {
        super(main, "stamp", "Set the revision table to the given revision(s) without running any migrations.");
        spec().addPositional(targets).addOption(sql).addOption(purge);
    }

    @Override
    public Integer call() {
        ConsoleListener listener = listener();
        List<String> targets = this.targets.getValue();
        boolean purge = this.purge.getValue();
        if (sql.<Boolean>getValue()) {
            out().print(new MigrateUseCase(project(), listener).stampScript(targets, purge));
            out().flush();
            return 0;
        }
        RunResult result = new MigrateUseCase(project(), listener).stamp(targets, purge);
        listener.info("Running stamp_revision " + String.join(", ", result.headsBefore()) + " -> "
                + String.join(", ", result.headsAfter()));
        return 0;
    }
}
