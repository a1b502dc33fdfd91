package com.capp.autogen.revision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What {@code stamp REV [REV...]} writes to the version table: the heads the specs name, together. */
public final class StampTarget {

    private final RevisionGraph graph;

    public StampTarget(RevisionGraph graph) {
        this.graph = graph;
    }

    /** @return the version rows, in topological order; empty for base */
    public List<String> heads(List<String> specs) {
        RevisionResolver resolver = new RevisionResolver(graph);
        Set<String> heads = new LinkedHashSet<>();
        specs.forEach(spec -> heads.addAll(resolver.resolve(spec)));
        for (String head : heads) {
            for (String other : heads) {
                if (graph.ancestors(other).contains(head)) {
                    throw new RevisionException("Can't stamp " + head + " and " + other + " together: " + head
                            + " is an ancestor of " + other, "Stamp only the newest revision of each branch.");
                }
            }
        }
        return graph.sorted(heads);
    }
}
