package com.capp.autogen.revision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what users type into revision ids, as Alembic does: {@code head}, {@code heads},
 * {@code base}, a full id, a unique id prefix, a branch label, or {@code label@head}.
 */
public final class RevisionResolver {

    private final RevisionGraph graph;

    public RevisionResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The ids a target names; empty for {@code base}. */
    public Set<String> resolve(String spec) {
        if (spec.equals("base")) {
            return Set.of();
        }
        if (spec.equals("heads")) {
            return new LinkedHashSet<>(graph.heads());
        }
        if (spec.equals("head")) {
            return Set.of(singleHead(graph.heads(), spec));
        }
        if (spec.endsWith("@head")) {
            String root = resolveOne(spec.substring(0, spec.length() - "@head".length()));
            List<String> heads = graph.heads().stream()
                    .filter(h -> h.equals(root) || graph.ancestors(h).contains(root)).toList();
            return Set.of(singleHead(heads, spec));
        }
        return Set.of(resolveOne(spec));
    }

    /** One revision by id, label or unique prefix. */
    public String resolveOne(String spec) {
        if (graph.contains(spec)) {
            return spec;
        }
        List<String> labelled = graph.order().stream()
                .filter(id -> graph.get(id).branchLabels().contains(spec)).toList();
        if (!labelled.isEmpty()) {
            return labelled.get(0);
        }
        List<String> matches = graph.order().stream().filter(id -> id.startsWith(spec)).sorted().toList();
        if (matches.size() > 1) {
            throw new RevisionException("Multiple revisions start with '" + spec + "': "
                    + String.join(", ", matches), "Give more characters of the revision id.");
        }
        if (matches.isEmpty()) {
            throw RevisionException.unknown(spec);
        }
        return matches.get(0);
    }

    private static String singleHead(List<String> heads, String spec) {
        if (heads.size() == 1) {
            return heads.get(0);
        }
        if (heads.isEmpty()) {
            throw new RevisionException("No head revision found for '" + spec + "'",
                    "Create a first migration with `capp-autogen revision -m \"initial schema\"`.");
        }
        throw new RevisionException("Multiple head revisions are present for given argument '" + spec
                + "': " + String.join(", ", heads),
                "Specify a target revision, '<branchname>@head' to narrow to one head, 'heads' for all heads, "
                        + "or join them with `capp-autogen merge -m MSG " + String.join(" ", heads) + "`.");
    }
}
