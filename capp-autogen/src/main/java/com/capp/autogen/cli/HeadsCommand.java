package com.capp.autogen.cli;

import com.capp.autogen.embed.RevisionEntry;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;

final class HeadsCommand extends ProjectCommand {

    private final OptionSpec verbose = Specs.flag("Show each revision in full.", "-v", "--verbose").build();
    private final OptionSpec resolveDependencies = Specs.flag("Treat dependencies as down revisions: a revision "
            + "another one depends on is not listed.", "--resolve-dependencies").build();

    HeadsCommand(Main main) {
        super(main, "heads", "Show the current head revisions.");
        spec().addOption(verbose).addOption(resolveDependencies);
    }

    @Override
    public Integer call() {
        boolean verbose = this.verbose.getValue();
        boolean resolveDependencies = this.resolveDependencies.getValue();
        List<RevisionEntry> oldestFirst = RevisionText.oldestFirst(api().history());
        for (RevisionEntry head : oldestFirst) {
            if (head.head() && !(resolveDependencies && dependedOn(head, oldestFirst))) {
                print(verbose ? RevisionText.verbose(head) : List.of(RevisionText.idLine(head)));
            }
        }
        return 0;
    }

    /** {@code --resolve-dependencies}: a head another revision depends on is not a head either. */
    private static boolean dependedOn(RevisionEntry head, List<RevisionEntry> all) {
        return all.stream().anyMatch(r -> r.dependsOn().contains(head.id()));
    }
}
