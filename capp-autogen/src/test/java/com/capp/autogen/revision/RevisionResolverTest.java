package com.capp.autogen.revision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.capp.autogen.revision.RevisionInfo.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alembic's revision addressing on literal graphs: relative steps, current, branch-narrowed specs. */
class RevisionResolverTest {

    /** 0001 -> 0002 -> 0003 (trunk), 0002 -> s1 -> s2 labelled "side". */
    private static final RevisionGraph BRANCHED = new RevisionGraph(List.of(of("0001", "base"),
            of("0002", "b", "0001"), of("0003", "c", "0002"),
            of("s1", "side", "0002").withBranchLabels("side"), of("s2", "side 2", "s1")));

    private static final RevisionGraph LINEAR = new RevisionGraph(List.of(of("0001", "a"),
            of("0002", "b", "0001"), of("0003", "c", "0002")));

    private static Set<String> resolve(RevisionGraph graph, String spec, String... current) {
        return new RevisionResolver(graph, () -> List.of(current)).resolve(spec);
    }

    @Test
    void relativeStepsFromAnySymbol() {
        assertEquals(Set.of("0002"), resolve(LINEAR, "0001+1"));
        assertEquals(Set.of("0002"), resolve(LINEAR, "head-1"));
        assertEquals(Set.of("0001"), resolve(LINEAR, "0003-2"));
        assertEquals(Set.of("0003"), resolve(LINEAR, "head-0"));
        assertEquals(Set.of(), resolve(LINEAR, "0001-1"), "one below a base revision is base");
        assertEquals(Set.of("0001"), resolve(LINEAR, "base+1"));
        assertEquals(Set.of("0002"), resolve(LINEAR, "current", "0002"));
        assertEquals(Set.of("0001"), resolve(LINEAR, "-1", "0002"));
        assertEquals(Set.of("0003"), resolve(LINEAR, "+1", "0002"));
        assertEquals(Set.of("0001"), resolve(LINEAR, "current-1", "0002"));
        RevisionException tooFar = assertThrows(RevisionException.class, () -> resolve(LINEAR, "head+1"));
        assertEquals("Relative revision head+1 didn't produce 1 migrations", tooFar.getMessage());
        assertThrows(RevisionException.class, () -> resolve(LINEAR, "0001-2"));
    }

    @Test
    void branchNarrowedSpecs() {
        assertEquals(Set.of("s2"), resolve(BRANCHED, "side@head"));
        assertEquals(Set.of("0002"), resolve(BRANCHED, "side@base"), "the side branch grew from 0002");
        assertEquals(Set.of("s2"), resolve(BRANCHED, "side@+1", "0003", "s1"));
        assertEquals(Set.of("0002"), resolve(BRANCHED, "side@-1", "0003", "s1"));
        assertEquals(Set.of("s1"), resolve(BRANCHED, "side@+1", "0003"), "nothing of side applied: from its base");
        assertEquals(Set.of("s1"), resolve(BRANCHED, "side@s1"));
        assertEquals(Set.of("s1", "s2"), new RevisionResolver(BRANCHED).scope("side@base"));
        assertEquals(5, new RevisionResolver(BRANCHED).scope("head").size());
    }

    @Test
    void walksThroughBranchOrMergePointsAreAmbiguous() {
        RevisionException up = assertThrows(RevisionException.class, () -> resolve(BRANCHED, "0002+1"));
        assertTrue(up.getMessage().startsWith("Ambiguous walk"), up.getMessage());
        RevisionGraph merged = new RevisionGraph(List.of(of("0001", "a"), of("a1", "x", "0001"), of("b1", "y", "0001"),
                of("m", "merge", "a1", "b1")));
        RevisionException down = assertThrows(RevisionException.class, () -> resolve(merged, "-1", "m"));
        assertTrue(down.getMessage().startsWith("Ambiguous walk: -1"), down.getMessage());
        assertThrows(RevisionException.class, () -> resolve(BRANCHED, "-1", "0003", "s2"));
    }

    @Test
    void currentWithoutADatabaseSaysSo() {
        RevisionException e = assertThrows(RevisionException.class, () -> new RevisionResolver(LINEAR).resolve("current"));
        assertTrue(e.getMessage().contains("'current' needs the database"), e.getMessage());
    }

    @Test
    void plannerRefusesADowngradeTargetAboveCurrent() {
        MigrationPlanner planner = new MigrationPlanner(LINEAR);
        RevisionException e = assertThrows(RevisionException.class, () -> planner.downgrade(List.of("0001"), "0003"));
        assertEquals("Destination 0003 is not a valid downgrade target from current head(s)", e.getMessage());
        assertEquals(List.of("0003", "0002"), planner.downgrade(List.of("0003"), "head-2").stream()
                .map(step -> step.revision().id()).toList());
        assertEquals(List.of("s2", "s1"), new MigrationPlanner(BRANCHED).downgrade(List.of("0003", "s2"), "side@base")
                .stream().map(step -> step.revision().id()).toList(), "only the side branch is undone");
    }
}
