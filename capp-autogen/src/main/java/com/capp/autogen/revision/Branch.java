package com.capp.autogen.revision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of the graph a {@code label@...} spec talks about: the labelled revision, the line below
 * it back to where the branch split off, and everything above it. Without a label, the whole graph.
 *
 * @param root    the branch's first own revision (null for the whole graph)
 * @param members the revisions the branch holds
 */
record Branch(RevisionGraph graph, String root, Set<String> members) {

    static Branch all(RevisionGraph graph) {
        return new Branch(graph, null, new LinkedHashSet<>(graph.order()));
    }

    static Branch of(RevisionGraph graph, String labelled) {
        String root = labelled;
        while (graph.get(root).revises().size() == 1 && graph.children(graph.get(root).revises().get(0)).size() == 1) {
            root = graph.get(root).revises().get(0);
        }
        Set<String> members = new LinkedHashSet<>(graph.sorted(graph.descendants(root)));
        members.add(root);
        return new Branch(graph, root, members);
    }

    List<String> heads() {
        return graph.heads().stream().filter(members::contains).toList();
    }

    /** What {@code base} means here: nothing for the whole graph, the revisions the branch grew from for a branch. */
    Set<String> below() {
        return root == null ? Set.of() : new LinkedHashSet<>(graph.get(root).revises());
    }

    /** The database's heads on this branch; {@link #below()} when the branch is not applied at all. */
    Set<String> current(List<String> databaseHeads) {
        if (root == null) {
            return new LinkedHashSet<>(databaseHeads);
        }
        Set<String> onBranch = new LinkedHashSet<>();
        for (String head : databaseHeads) {
            if (members.contains(head)) {
                onBranch.add(head);
            } else {
                graph.ancestors(head).stream().filter(members::contains).forEach(onBranch::add);
            }
        }
        onBranch.removeIf(id -> onBranch.stream().anyMatch(other -> graph.ancestors(other).contains(id)));
        return onBranch.isEmpty() ? below() : onBranch;
    }
}
