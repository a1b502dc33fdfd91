package com.capp.autogen.cli;

import com.capp.autogen.app.CurrentUseCase;
import com.capp.autogen.revision.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Display the current revision(s) of the database.")
final class CurrentCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = "--check-heads", description = "Fail (exit 1) unless the database is at every head.")
    boolean checkHeads;

    @Override
    public Integer call() {
        CurrentUseCase current = new CurrentUseCase(project());
        List<RevisionInfo> heads = checkHeads ? current.requireAtHead() : current.run();
        listener().info("Context impl PostgresqlImpl.");
        listener().info("Will assume transactional DDL.");
        for (RevisionInfo head : heads) {
            print(verbose ? text().verbose(head) : List.of(text().idLine(head)));
        }
        return 0;
    }
}
