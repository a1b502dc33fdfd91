package com.capp.autogen.cli;

import com.capp.autogen.embed.RevisionEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "branches", mixinStandardHelpOptions = true, description = "Show the branch points.")
final class BranchesCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Include messages of the branches.")
    boolean verbose;

    @Override
    public Integer call() {
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
