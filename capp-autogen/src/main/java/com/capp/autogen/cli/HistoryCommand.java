package com.capp.autogen.cli;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.RevisionEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
        CappAutogen api = api();
        Set<String> current = indicateCurrent
                ? api.current().stream().map(RevisionEntry::id).collect(Collectors.toSet()) : Set.of();
        for (RevisionEntry revision : api.history(range)) {
            boolean here = current.contains(revision.id());
            print(verbose ? RevisionText.verbose(revision, here) : List.of(RevisionText.historyLine(revision, here)));
        }
        return 0;
    }
}
