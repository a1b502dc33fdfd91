package com.capp.autogen.cli;

import com.capp.autogen.app.CreateRevisionUseCase;
import com.capp.autogen.app.RevisionRequest;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.List;

final class MergeCommand extends ProjectCommand {

    private final OptionSpec message = Specs.option("<message>", "What the merge is for.", "-m", "--message")
            .required(true).build();
    private final OptionSpec revId = Specs.option("<revId>", "The merge revision's id.", "--rev-id").build();
    private final OptionSpec branchLabels = Specs.list(String.class, "LABEL", "A label for the merged branch.",
            "--branch-label").build();
    private final PositionalParamSpec revisions = Specs.parameter("1..*", List.class, "REV",
            "The revisions to merge, or heads.").build();

    MergeCommand(Main main) {
        super(main, "merge", "Merge two (or more) revisions together.");
        spec().addOption(message).addOption(revId).addOption(branchLabels).addPositional(revisions);
    }

    @Override
    public Integer call() {
        RevisionRequest request = new RevisionRequest(message.getValue(), revId.getValue(), revisions.getValue(), false,
                List.of(), branchLabels.getValue());
        return generated(new CreateRevisionUseCase(project()).run(request));
    }
}
