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

    @Option(names = "--resolve-dependencies", description = "Treat dependencies as down revisions: a revision "
            + "another one depends on is not listed.")
    boolean resolveDependencies;

    @Override
    public Integer call() {
        RevisionQueries queries = new RevisionQueries(project());
        for (RevisionInfo head : resolveDependencies ? queries.headsResolvingDependencies() : queries.heads()) {
            print(verbose ? text().verbose(head) : List.of(text().idLine(head)));
        }
        return 0;
    }
}
