package com.capp.autogen.cli;

import com.capp.autogen.app.MigrateUseCase;
import com.capp.autogen.runtime.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Set the revision table to the given revision(s) without running any migrations.")
final class StampCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV", description = "A revision, head, heads or base.")
    String target;

    @Override
    public Integer call() {
        ConsoleListener listener = listener();
        RunResult result = new MigrateUseCase(project(), listener).stamp(target);
        listener.info("Running stamp_revision " + String.join(", ", result.headsBefore()) + " -> "
                + String.join(", ", result.headsAfter()));
        return 0;
    }
}
