package com.capp.autogen.revision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what users type into revision ids, as Alembic does: {@code head}, {@code heads}, {@code base},
 * {@code current} (the database's heads), a full id, a unique id prefix or a branch label; any of them
 * with a relative step ({@code head-1}, {@code 0001+2}, {@code current-1}, bare {@code +1}/{@code -1}
 * meaning from current), and any of that narrowed to a branch ({@code label@head}, {@code label@base},
 * {@code label@+1}, {@code label@-1}, {@code label@REV}).
 */
public final class RevisionResolver {

    private static final Pattern RELATIVE = Pattern.compile("(.*?)([+-]\\d+)");

    private final RevisionGraph graph;
    private final Supplier<List<String>> current;

    /** For questions about the files alone: {@code current} is an error. */
    public RevisionResolver(RevisionGraph graph) {
        this(graph, () -> {
            throw new RevisionException("'current' needs the database's revision, and none is at hand here",
                    "Name the revision instead (offline --sql scripts take FROM:TO).");
        });
    }

    /** @param current the database's heads, asked only when a spec names {@code current} or steps from it */
    public RevisionResolver(RevisionGraph graph, Supplier<List<String>> current) {
        this.graph = graph;
        this.current = current;
    }

    /** The ids a target names; empty for {@code base}. */
    public Set<String> resolve(String spec) {
        int at = spec.indexOf('@');
        if (at > 0 && !graph.contains(spec)) {
            Branch branch = Branch.of(graph, resolveOne(spec.substring(0, at)));
            return resolveIn(spec.substring(at + 1), branch, spec);
        }
        return resolveIn(spec, Branch.all(graph), spec);
    }

    /** The revisions a branch-narrowed spec may touch ({@code label@...}); every revision otherwise. */
    public Set<String> scope(String spec) {
        int at = spec.indexOf('@');
        if (at > 0 && !graph.contains(spec)) {
            return Branch.of(graph, resolveOne(spec.substring(0, at))).members();
        }
        return new LinkedHashSet<>(graph.order());
    }

    /** One revision by id, label or unique prefix. */
    public String resolveOne(String spec) {
        if (graph.contains(spec)) {
            return spec;
        }
        List<String> labelled = labelled(spec);
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

    private Set<String> resolveIn(String spec, Branch branch, String whole) {
        if (isSymbol(spec)) {
            return symbol(spec, branch, whole);
        }
        Matcher relative = RELATIVE.matcher(spec);
        if (relative.matches()) {
            String from = relative.group(1).isEmpty() ? "current" : relative.group(1);
            Set<String> start = symbol(from, branch, whole);
            return new RevisionWalk(graph, branch).step(start, Integer.parseInt(relative.group(2)), whole);
        }
        return symbol(spec, branch, whole);
    }

    private boolean isSymbol(String spec) {
        return graph.contains(spec) || List.of("head", "heads", "base", "current").contains(spec)
                || !labelled(spec).isEmpty();
    }

    private List<String> labelled(String label) {
        return graph.order().stream().filter(id -> graph.get(id).branchLabels().contains(label)).toList();
    }

    private Set<String> symbol(String spec, Branch branch, String whole) {
        return switch (spec) {
            case "base" -> branch.below();
            case "heads" -> new LinkedHashSet<>(branch.heads());
            case "head" -> Set.of(singleHead(branch.heads(), whole));
            case "current" -> branch.current(current.get());
            default -> Set.of(resolveOne(spec));
        };
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
