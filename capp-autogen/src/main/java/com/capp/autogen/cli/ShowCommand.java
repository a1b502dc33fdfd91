package com.capp.autogen.cli;

import com.capp.autogen.embed.RevisionEntry;
import com.capp.autogen.revision.RevisionException;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.List;

final class ShowCommand extends ProjectCommand {

    private final PositionalParamSpec revision = Specs.parameter("REV",
            "Revision id, unique prefix, branch label, head, heads, current, or a relative form (head-1, 0001+1).")
            .build();

    ShowCommand(Main main) {
        super(main, "show", "Show the revision denoted by the given symbol.");
        spec().addPositional(revision);
    }

    @Override
    public Integer call() {
        String revision = this.revision.getValue();
        List<RevisionEntry> shown = api().show(revision);
        if (shown.isEmpty()) {
            throw new RevisionException("'" + revision + "' names no revision (it is base)",
                    "Give a revision id, head, heads, current or a branch label.");
        }
        shown.forEach(r -> print(RevisionText.verbose(r)));
        return 0;
    }
}
