package com.capp.autogen.cli;

import com.capp.autogen.app.MigrateUseCase;
import com.capp.autogen.runtime.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Set the revision table to the given revision(s) without running any migrations.")
final class StampCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV", description = "A revision, head, heads or base; FROM:TO with --sql.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (no database needed).")
    boolean sql;

    @Override
    public Integer call() {
        ConsoleListener listener = listener();
        if (sql) {
            out().print(new MigrateUseCase(project(), listener).stampScript(target));
            out().flush();
            return 0;
        }
        RunResult result = new MigrateUseCase(project(), listener).stamp(target);
        listener.info("Running stamp_revision " + String.join(", ", result.headsBefore()) + " -> "
                + String.join(", ", result.headsAfter()));
        return 0;
    }
}
