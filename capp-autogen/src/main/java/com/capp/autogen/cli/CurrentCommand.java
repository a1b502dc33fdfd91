package com.capp.autogen.cli;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.RevisionEntry;
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
        CappAutogen api = api();
        List<RevisionEntry> heads = checkHeads ? api.requireAtHead() : api.current();
        listener().info("Context impl PostgresqlImpl.");
        listener().info("Will assume transactional DDL.");
        for (RevisionEntry head : heads) {
            print(verbose ? RevisionText.verbose(head) : List.of(RevisionText.idLine(head)));
        }
        return 0;
    }
}
