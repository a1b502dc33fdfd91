package com.capp.autogen.cli;

import com.capp.autogen.app.RevisionQueries;
import com.capp.autogen.revision.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List revisions in chronological order, newest first.")
final class HistoryCommand extends ProjectCommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "[START]:[END]",
            description = "Only revisions from START to END, e.g. 0001:head, 0002:, :0002, "
                    + "current:, -1:current, base:head.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revision(s) (connects).")
    boolean indicateCurrent;

    @Override
    public Integer call() {
        RevisionQueries queries = new RevisionQueries(project());
        Set<String> current = indicateCurrent ? queries.current() : Set.of();
        for (RevisionInfo revision : queries.history(range)) {
            boolean here = current.contains(revision.id());
            print(verbose ? text().verbose(revision, here) : List.of(text().historyLine(revision, here)));
        }
        return 0;
    }
}
