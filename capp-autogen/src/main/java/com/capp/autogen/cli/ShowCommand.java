package com.capp.autogen.cli;

import com.capp.autogen.app.RevisionQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the revision denoted by the given symbol.")
final class ShowCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV", description = "Revision id, unique prefix, branch label, or head.")
    String revision;

    @Override
    public Integer call() {
        print(text().verbose(new RevisionQueries(project()).show(revision)));
        return 0;
    }
}
