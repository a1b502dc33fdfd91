package com.capp.autogen.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which migrations take the database from its current heads to a target, in order, with the
 * heads after each one. Pure: the heads come from the version table, the graph from the migrations.
 */
public final class MigrationPlanner {

    private final RevisionGraph graph;

    public MigrationPlanner(RevisionGraph graph) {
        this.graph = graph;
    }

    /** Everything applied when the version table holds {@code heads}. */
    public Set<String> applied(Collection<String> heads) {
        heads.forEach(graph::get); // a head the migrations do not know is an error naming it
        Set<String> applied = new LinkedHashSet<>(heads);
        applied.addAll(graph.ancestors(heads));
        return applied;
    }

    /** {@code upgrade head|heads|REV|+N|REV+N|label@+N...}; bare {@code +N} counts pending migrations. */
    public List<MigrationStep> upgrade(List<String> heads, String target) {
        Set<String> applied = applied(heads);
        if (target.matches("\\+\\d+")) {
            List<String> pending = graph.sorted(missing(applied, new LinkedHashSet<>(graph.heads())));
            int steps = relativeCount(target);
            if (pending.size() < steps) {
                throw new RevisionException("Relative revision " + target + " didn't produce " + steps
                        + " migrations (" + pending.size() + " pending)", "Use `upgrade head` to apply them all.");
            }
            return upgradeSteps(heads, pending.subList(0, steps));
        }
        return upgradeSteps(heads, graph.sorted(missing(applied, resolver(heads).resolve(target))));
    }

    /**
     * {@code downgrade -N|REV|base|label@base|label@-N...}: undoes what is applied above the target,
     * within the target's branch when it names one. A target that is not applied is Alembic's error.
     */
    public List<MigrationStep> downgrade(List<String> heads, String target) {
        Set<String> applied = applied(heads);
        RevisionResolver resolver = resolver(heads);
        Set<String> targets = resolver.resolve(target);
        if (!applied.containsAll(targets)) {
            throw new RevisionException("Destination " + target
                    + " is not a valid downgrade target from current head(s)",
                    "The database is at " + (heads.isEmpty() ? "<base>" : String.join(", ", heads))
                            + "; `capp-autogen upgrade " + target + "` goes up to it.");
        }
        Set<String> keep = applied(targets);
        Set<String> scope = resolver.scope(target);
        List<String> undo = graph.sorted(applied).stream().filter(id -> !keep.contains(id) && scope.contains(id)
                && (targets.isEmpty() || targets.stream().anyMatch(t -> graph.descendants(t).contains(id))))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        java.util.Collections.reverse(undo);
        return downgradeSteps(heads, undo);
    }

    private RevisionResolver resolver(List<String> heads) {
        return new RevisionResolver(graph, () -> heads);
    }

    /** Heads after applying {@code id} on top of {@code heads}. */
    public List<String> headsAfterUpgrade(Collection<String> heads, String id) {
        Set<String> next = new LinkedHashSet<>(heads);
        next.removeAll(graph.lineAncestors(id));
        next.add(id);
        return graph.sorted(next);
    }

    /** Heads after undoing {@code id}: its parents come back unless another head still descends from them. */
    public List<String> headsAfterDowngrade(Collection<String> heads, String id) {
        Set<String> next = new LinkedHashSet<>(heads);
        next.remove(id);
        for (String parent : graph.get(id).revises()) {
            boolean covered = next.stream().anyMatch(h -> graph.lineAncestors(h).contains(parent));
            if (!covered) {
                next.add(parent);
            }
        }
        return graph.sorted(next);
    }

    private Set<String> missing(Set<String> applied, Set<String> targets) {
        Set<String> wanted = new LinkedHashSet<>(targets);
        wanted.addAll(graph.ancestors(targets));
        wanted.removeAll(applied);
        return wanted;
    }

    private List<MigrationStep> upgradeSteps(List<String> heads, List<String> ids) {
        return steps(heads, ids, Direction.UPGRADE);
    }

    private List<MigrationStep> downgradeSteps(List<String> heads, List<String> ids) {
        return steps(heads, ids, Direction.DOWNGRADE);
    }

    private List<MigrationStep> steps(List<String> heads, List<String> ids, Direction direction) {
        List<MigrationStep> steps = new ArrayList<>();
        List<String> current = graph.sorted(heads);
        for (String id : ids) {
            List<String> next = direction == Direction.UPGRADE
                    ? headsAfterUpgrade(current, id) : headsAfterDowngrade(current, id);
            steps.add(new MigrationStep(graph.get(id), direction, current, next));
            current = next;
        }
        return steps;
    }

    private static int relativeCount(String target) {
        try {
            int count = Integer.parseInt(target.substring(1));
            if (count > 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new RevisionException("Not a relative revision: '" + target + "'", "Write +N or -N with N >= 1.");
    }
}
