package com.capp.autogen.cli;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.RevisionEntry;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

final class HistoryCommand extends ProjectCommand {

    private final OptionSpec range = Specs.option("[START]:[END]", "Only revisions from START to END, e.g. 0001:head, "
            + "0002:, :0002, current:, -1:current, base:head.", "-r", "--rev-range").build();
    private final OptionSpec verbose = Specs.flag("Show each revision in full.", "-v", "--verbose").build();
    private final OptionSpec indicateCurrent = Specs.flag("Mark the database's current revision(s) (connects).",
            "-i", "--indicate-current").build();

    HistoryCommand(Main main) {
        super(main, "history", "List revisions in chronological order, newest first.");
        spec().addOption(range).addOption(verbose).addOption(indicateCurrent);
    }

    @Override
    public Integer call() {
        CappAutogen api = api();
        boolean verbose = this.verbose.getValue();
        Set<String> current = indicateCurrent.<Boolean>getValue()
                ? api.current().stream().map(RevisionEntry::id).collect(Collectors.toSet()) : Set.of();
        for (RevisionEntry revision : api.history(range.getValue())) {
            boolean here = current.contains(revision.id());
            print(verbose ? RevisionText.verbose(revision, here) : List.of(RevisionText.historyLine(revision, here)));
        }
        return 0;
    }
}
