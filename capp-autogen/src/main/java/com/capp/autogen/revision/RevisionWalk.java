package com.capp.autogen.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Steps {@code N} revisions up or down from one revision, as Alembic's relative identifiers do: up
 * through children (within a branch when one is named), down through the revisions it revises.
 * A branch point on the way up or a merge point on the way down is Alembic's "Ambiguous walk".
 */
final class RevisionWalk {

    private final RevisionGraph graph;
    private final Branch branch;

    RevisionWalk(RevisionGraph graph, Branch branch) {
        this.graph = graph;
        this.branch = branch;
    }

    /** @return the revision reached, empty for base */
    Set<String> step(Set<String> start, int offset, String spec) {
        if (start.size() > 1) {
            throw ambiguous(spec, "it starts from several revisions (" + String.join(", ", graph.sorted(start)) + ")");
        }
        String at = start.isEmpty() ? null : start.iterator().next();
        for (int i = 0; i < Math.abs(offset); i++) {
            List<String> next = offset > 0 ? up(at) : down(at);
            if (next.isEmpty() && offset < 0 && at != null && i == Math.abs(offset) - 1) {
                return Set.of(); // the last step down from a base revision reaches base
            }
            if (next.isEmpty()) {
                throw new RevisionException("Relative revision " + spec + " didn't produce " + Math.abs(offset)
                        + " migrations", offset > 0 ? "Use head to go to the newest revision."
                        : "Use base to go below every revision.");
            }
            if (next.size() > 1) {
                throw ambiguous(spec, (at == null ? "<base>" : "revision " + at)
                        + (offset > 0 ? " is followed by " : " revises ") + String.join(", ", next));
            }
            at = next.get(0);
        }
        return at == null ? Set.of() : Set.of(at);
    }

    private List<String> up(String at) {
        List<String> next = new ArrayList<>(at == null ? graph.bases() : graph.children(at));
        next.retainAll(branch.members());
        return next;
    }

    private List<String> down(String at) {
        return at == null ? List.of() : graph.get(at).revises();
    }

    private static RevisionException ambiguous(String spec, String why) {
        return new RevisionException("Ambiguous walk: " + spec + " cannot be followed, " + why,
                "Name the target revision explicitly (`capp-autogen history` lists them).");
    }
}
