package com.capp.autogen.cli;

import com.capp.autogen.app.RevisionQueries;
import com.capp.autogen.revision.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List revisions in chronological order, newest first.")
final class HistoryCommand extends ProjectCommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "[START]:[END]",
            description = "Only revisions from START to END, e.g. 0001:head, 0002:, :0002.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Override
    public Integer call() {
        for (RevisionInfo revision : new RevisionQueries(project()).history(range)) {
            print(verbose ? text().verbose(revision) : List.of(text().historyLine(revision)));
        }
        return 0;
    }
}
