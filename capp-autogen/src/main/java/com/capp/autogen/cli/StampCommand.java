package com.capp.autogen.cli;

import com.capp.autogen.app.MigrateUseCase;
import com.capp.autogen.runtime.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Set the revision table to the given revision(s) without running any migrations.")
final class StampCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV", arity = "1..*",
            description = "Revision(s): an id, head, heads, base, label@head...; several make several heads; "
                    + "FROM:TO with --sql.")
    List<String> targets;

    @Option(names = "--sql", description = "Print the SQL instead of running it (no database needed).")
    boolean sql;

    @Option(names = "--purge",
            description = "Empty the version table first, whatever it holds (even unknown revisions).")
    boolean purge;

    @Override
    public Integer call() {
        ConsoleListener listener = listener();
        if (sql) {
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
