package com.capp.autogen.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The revisions {@code history -r lower:upper} lists: descendants of {@code lower} (inclusive)
 * that are ancestors of {@code upper} (inclusive). Either side may be empty ({@code base} /
 * {@code heads}); either may be any revision spec, {@code current} included. Newest first, as Alembic prints them.
 */
public final class RevisionRange {

    private final RevisionGraph graph;
    private final RevisionResolver resolver;

    public RevisionRange(RevisionGraph graph) {
        this(graph, new RevisionResolver(graph));
    }

    /** @param resolver knows the database's heads when the range may name {@code current} */
    public RevisionRange(RevisionGraph graph, RevisionResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /** @param range {@code a:b}, {@code a:}, {@code :b}, or null for everything */
    public List<RevisionInfo> select(String range) {
        String lower = "";
        String upper = "";
        if (range != null && !range.isBlank()) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                throw new RevisionException("History range must be written start:end, got '" + range + "'",
                        "For example `-r 0001:head`, `-r 0002:` or `-r :0002`.");
            }
            lower = range.substring(0, colon).trim();
            upper = range.substring(colon + 1).trim();
        }
        Set<String> selected = upTo(upper);
        Set<String> lowest = lower.isEmpty() ? Set.of() : resolver.resolve(lower);
        if (!lowest.isEmpty()) {
            Set<String> from = new HashSet<>();
            for (String id : lowest) {
                from.add(id);
                from.addAll(graph.descendants(id));
            }
            selected.retainAll(from);
        }
        List<String> ordered = new ArrayList<>(graph.sorted(selected));
        Collections.reverse(ordered);
        return ordered.stream().map(graph::get).toList();
    }

    private Set<String> upTo(String upper) {
        Set<String> tops = upper.isEmpty() ? new HashSet<>(graph.heads()) : resolver.resolve(upper);
        Set<String> selected = new HashSet<>(tops);
        selected.addAll(graph.ancestors(tops));
        return selected;
    }
}
