package com.capp.autogen.cli;

import com.capp.autogen.embed.RevisionEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the current head revisions.")
final class HeadsCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = "--resolve-dependencies", description = "Treat dependencies as down revisions: a revision "
            + "another one depends on is not listed.")
    boolean resolveDependencies;

    @Override
    public Integer call() {
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
