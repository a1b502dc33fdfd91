package com.capp.autogen.cli;

import com.capp.autogen.app.CreateRevisionUseCase;
import com.capp.autogen.app.RevisionRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge two (or more) revisions together.")
final class MergeCommand extends ProjectCommand {

    @Option(names = {"-m", "--message"}, required = true, description = "What the merge is for.")
    String message;

    @Option(names = "--rev-id", description = "The merge revision's id.")
    String revId;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A label for the merged branch.")
    List<String> branchLabels = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "REV", description = "The revisions to merge, or heads.")
    List<String> revisions;

    @Override
    public Integer call() {
        RevisionRequest request = new RevisionRequest(message, revId, revisions, false, List.of(), branchLabels);
        return generated(new CreateRevisionUseCase(project()).run(request));
    }
}
