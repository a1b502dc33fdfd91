package com.capp.autogen.cli;

import com.capp.autogen.embed.RevisionEntry;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

final class BranchesCommand extends ProjectCommand {

    private final OptionSpec verbose = Specs.flag("Include messages of the branches.", "-v", "--verbose").build();

    BranchesCommand(Main main) {
        super(main, "branches", "Show the branch points.");
        spec().addOption(verbose);
    }

    @Override
    public Integer call() {
        boolean verbose = this.verbose.getValue();
        List<RevisionEntry> oldestFirst = RevisionText.oldestFirst(api().history());
        Map<String, RevisionEntry> byId = oldestFirst.stream().collect(Collectors.toMap(RevisionEntry::id, Function.identity()));
        for (RevisionEntry point : oldestFirst) {
            if (!point.branchPoint()) {
                continue;
            }
            out().println(RevisionText.historyLine(point));
            String indent = " ".repeat(point.id().length());
            for (String childId : point.branchesInto()) {
                RevisionEntry child = byId.get(childId);
                out().println(indent + " -> " + RevisionText.idLine(child) + (verbose ? ", " + child.message() : ""));
            }
        }
        out().flush();
        return 0;
    }
}
