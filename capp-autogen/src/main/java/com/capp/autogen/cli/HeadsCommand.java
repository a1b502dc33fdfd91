package com.capp.autogen.cli;

import com.capp.autogen.app.RevisionQueries;
import com.capp.autogen.revision.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the current head revisions.")
final class HeadsCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Override
    public Integer call() {
        for (RevisionInfo head : new RevisionQueries(project()).heads()) {
            print(verbose ? text().verbose(head) : List.of(text().idLine(head)));
        }
        return 0;
    }
}
