package com.capp.autogen.cli;

import com.capp.autogen.app.RevisionQueries;
import com.capp.autogen.revision.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "branches", mixinStandardHelpOptions = true, description = "Show the branch points.")
final class BranchesCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Include messages of the branches.")
    boolean verbose;

    @Override
    public Integer call() {
        RevisionQueries queries = new RevisionQueries(project());
        for (RevisionInfo point : queries.branchPoints()) {
            out().println(text().historyLine(point));
            String indent = " ".repeat(point.id().length());
            for (RevisionInfo child : queries.children(point)) {
                String line = text().idLine(child) + (verbose ? ", " + child.message() : "");
                out().println(indent + " -> " + line);
            }
        }
        out().flush();
        return 0;
    }
}
