package com.capp.autogen.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The revisions and how they follow one another: an immutable DAG validated at construction
 * (duplicate ids, unknown down revisions or dependencies, cycles are errors naming the revisions).
 * "Parents" are down revisions; {@code dependsOn} edges order revisions without making them parents,
 * so they count for what must be applied first but not for which revisions are heads.
 */
public final class RevisionGraph {

    private final Map<String, RevisionInfo> byId;
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<String>> dependents = new HashMap<>();
    private final List<String> order;
    private final Map<String, Integer> position = new HashMap<>();

    public RevisionGraph(Collection<RevisionInfo> revisions) {
        this.byId = indexById(revisions);
        byId.values().forEach(this::link);
        this.order = TopologicalOrder.of(byId.keySet(), this::predecessors);
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
    }

    public int size() {
        return byId.size();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public RevisionInfo get(String id) {
        RevisionInfo info = byId.get(id);
        if (info == null) {
            throw RevisionException.unknown(id);
        }
        return info;
    }

    public Optional<RevisionInfo> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every id, bases first (a topological order, ties broken by id). */
    public List<String> order() {
        return order;
    }

    /** Revisions no other revision revises, in topological order. */
    public List<String> heads() {
        return order.stream().filter(id -> children(id).isEmpty()).toList();
    }

    public List<String> bases() {
        return order.stream().filter(id -> byId.get(id).isBase()).toList();
    }

    public List<String> branchPoints() {
        return order.stream().filter(this::isBranchPoint).toList();
    }

    public boolean isHead(String id) {
        return children(id).isEmpty();
    }

    public boolean isBranchPoint(String id) {
        return children(id).size() > 1;
    }

    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Ancestors through down revisions and dependencies: what must be applied before {@code id}. */
    public Set<String> ancestors(String id) {
        return closure(List.of(id), this::predecessors);
    }

    public Set<String> ancestors(Collection<String> ids) {
        return closure(ids, this::predecessors);
    }

    /** Ancestors through down revisions only: the line a head replaces in the version table. */
    public Set<String> lineAncestors(String id) {
        return closure(List.of(id), i -> byId.get(i).revises());
    }

    /** Revisions that (transitively) revise or depend on {@code id}. */
    public Set<String> descendants(String id) {
        return closure(List.of(id), this::successors);
    }

    /** Sorts ids in topological order (bases first). */
    public List<String> sorted(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
        return sorted;
    }

    public Collection<RevisionInfo> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    private List<String> predecessors(String id) {
        RevisionInfo info = byId.get(id);
        List<String> all = new ArrayList<>(info.revises());
        all.addAll(info.dependsOn());
        return all;
    }

    private List<String> successors(String id) {
        List<String> all = new ArrayList<>(children(id));
        all.addAll(dependents.getOrDefault(id, List.of()));
        return all;
    }

    private Set<String> closure(Collection<String> start, Function<String, List<String>> next) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        start.forEach(id -> todo.addAll(next.apply(id)));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
            }
        }
        return seen;
    }

    private void link(RevisionInfo info) {
        for (String parent : info.revises()) {
            requireKnown(info.id(), parent, "revises");
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(info.id());
        }
        for (String dependency : info.dependsOn()) {
            requireKnown(info.id(), dependency, "depends on");
            dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(info.id());
        }
    }

    private void requireKnown(String id, String referenced, String relation) {
        if (!byId.containsKey(referenced)) {
            throw new RevisionException("Revision " + id + " " + relation + " '" + referenced
                    + "', which is not present", "Restore the migration file of " + referenced
                    + " or correct @Revision of " + id + ".");
        }
    }

    private static Map<String, RevisionInfo> indexById(Collection<RevisionInfo> revisions) {
        Map<String, RevisionInfo> byId = new LinkedHashMap<>();
        Set<String> duplicates = new TreeSet<>();
        for (RevisionInfo info : revisions) {
            if (byId.putIfAbsent(info.id(), info) != null) {
                duplicates.add(info.id());
            }
        }
        if (!duplicates.isEmpty()) {
            throw new RevisionException("Duplicate revision id(s): " + String.join(", ", duplicates),
                    "Give each migration a unique @Revision id.");
        }
        return byId;
    }
}
