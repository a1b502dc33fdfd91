package com.capp.autogen.cli;

import com.capp.autogen.embed.RevisionEntry;
import com.capp.autogen.revision.RevisionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the revision denoted by the given symbol.")
final class ShowCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV",
            description = "Revision id, unique prefix, branch label, head, heads, current, or a relative form (head-1, 0001+1).")
    String revision;

    @Override
    public Integer call() {
        List<RevisionEntry> shown = api().show(revision);
        if (shown.isEmpty()) {
            throw new RevisionException("'" + revision + "' names no revision (it is base)",
                    "Give a revision id, head, heads, current or a branch label.");
        }
        shown.forEach(r -> print(RevisionText.verbose(r)));
        return 0;
    }
}
