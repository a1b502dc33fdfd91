package com.capp.autogen.cli;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.RevisionEntry;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;

final class CurrentCommand extends ProjectCommand {

    private final OptionSpec verbose = Specs.flag("Show each revision in full.", "-v", "--verbose").build();
    private final OptionSpec checkHeads = Specs.flag("Fail (exit 1) unless the database is at every head.",
            "--check-heads").build();

    CurrentCommand(Main main) {
        super(main, "current", "Display the current revision(s) of the database.");
        spec().addOption(verbose).addOption(checkHeads);
    }

    @Override
    public Integer call() {
        CappAutogen api = api();
        boolean verbose = this.verbose.getValue();
        List<RevisionEntry> heads = checkHeads.<Boolean>getValue() ? api.requireAtHead() : api.current();
        listener().info("Context impl PostgresqlImpl.");
        listener().info("Will assume transactional DDL.");
        for (RevisionEntry head : heads) {
            print(verbose ? RevisionText.verbose(head) : List.of(RevisionText.idLine(head)));
        }
        return 0;
    }
}
