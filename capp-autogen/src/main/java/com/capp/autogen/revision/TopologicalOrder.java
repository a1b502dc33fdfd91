package com.capp.autogen.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/** Kahn's algorithm with ties broken by id, so the order is deterministic; a cycle is an error naming it. */
final class TopologicalOrder {

    private TopologicalOrder() {
    }

    static List<String> of(Collection<String> ids, Function<String, List<String>> predecessors) {
        Map<String, Integer> pending = new HashMap<>();
        Map<String, List<String>> successors = new HashMap<>();
        for (String id : ids) {
            List<String> before = predecessors.apply(id);
            pending.put(id, before.size());
            before.forEach(p -> successors.computeIfAbsent(p, k -> new ArrayList<>()).add(id));
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        pending.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        List<String> order = new ArrayList<>(ids.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String next : successors.getOrDefault(id, List.of())) {
                if (pending.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() < ids.size()) {
            throw cycle(ids, new HashSet<>(order), predecessors);
        }
        return List.copyOf(order);
    }

    /** Walks back from an unordered revision until one repeats: that loop is the cycle. */
    private static RevisionException cycle(Collection<String> ids, Set<String> ordered,
                                           Function<String, List<String>> predecessors) {
        String current = ids.stream().filter(id -> !ordered.contains(id)).sorted().findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        while (!path.contains(current)) {
            path.add(current);
            current = predecessors.apply(current).stream().filter(p -> !ordered.contains(p))
                    .sorted().findFirst().orElseThrow();
        }
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        java.util.Collections.reverse(loop);
        // start at the smallest id so the message is the same however the walk began
        java.util.Collections.rotate(loop, -loop.indexOf(java.util.Collections.min(loop)));
        loop.add(loop.get(0));
        return new RevisionException("Cycle in the revision graph: " + String.join(" -> ", loop),
                "Fix the revises/dependsOn of these revisions so that history only goes forward.");
    }
}
