package com.capp.autogen.cli;

import com.capp.autogen.app.CreateRevisionUseCase;
import com.capp.autogen.app.RevisionRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

@Command(name = "revision", mixinStandardHelpOptions = true, description = "Create a new revision file.")
final class RevisionCommand extends ProjectCommand {

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does.")
    String message;

    @Option(names = "--rev-id", description = "The new revision's id (default: next number, or 12 hex chars).")
    String revId;

    @Option(names = "--head", defaultValue = "head",
            description = "Revision to build on: head (default), base for a new base, or a revision/label@head.")
    String head;

    @Option(names = "--splice", description = "Allow --head to be a non-head revision (starts a branch).")
    boolean splice;

    @Option(names = "--depends-on", paramLabel = "REV", description = "A revision this one depends on (repeatable).")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A label for the branch this starts (repeatable).")
    List<String> branchLabels = new ArrayList<>();

    @Override
    public Integer call() {
        RevisionRequest request = new RevisionRequest(message, revId, List.of(head), splice, dependsOn, branchLabels);
        return generated(new CreateRevisionUseCase(project()).run(request));
    }
}
