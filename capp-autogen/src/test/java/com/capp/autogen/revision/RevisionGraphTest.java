package com.capp.autogen.revision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.capp.autogen.revision.RevisionInfo.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The graph from literal revisions: no database, no files. */
class RevisionGraphTest {

    private static final List<RevisionInfo> LINEAR = List.of(of("0001", "initial schema"),
            of("0002", "callbacks", "0001"), of("0003", "profiles", "0002"));

    /** 0001 -> a1 -> a2, 0001 -> b1, merged by m (a2, b1). */
    private static final List<RevisionInfo> BRANCHED = List.of(of("0001", "base"), of("a1", "a", "0001"),
            of("a2", "a again", "a1"), of("b1", "b", "0001"), of("m", "merge", "a2", "b1"));

    @Test
    void linearChainHasOneBaseOneHeadAndTopologicalOrder() {
        RevisionGraph graph = new RevisionGraph(LINEAR);
        assertEquals(List.of("0001"), graph.bases());
        assertEquals(List.of("0003"), graph.heads());
        assertEquals(List.of("0001", "0002", "0003"), graph.order());
        assertEquals(Set.of("0001", "0002"), graph.ancestors("0003"));
    }

    @Test
    void branchPointsAndMergePoints() {
        RevisionGraph graph = new RevisionGraph(BRANCHED);
        assertEquals(List.of("0001"), graph.branchPoints());
        assertEquals(List.of("m"), graph.heads());
        assertTrue(graph.get("m").isMerge());
        RevisionGraph unmerged = new RevisionGraph(BRANCHED.subList(0, 4));
        assertEquals(List.of("a2", "b1"), unmerged.heads());
    }

    @Test
    void errorsNameTheRevisionsInvolved() {
        assertEquals("Duplicate revision id(s): 0002", assertThrows(RevisionException.class,
                () -> new RevisionGraph(List.of(of("0001", "x"), of("0002", "y", "0001"), of("0002", "z", "0001"))))
                .getMessage());
        assertEquals("Revision 0002 revises '0009', which is not present", assertThrows(RevisionException.class,
                () -> new RevisionGraph(List.of(of("0001", "x"), of("0002", "y", "0009")))).getMessage());
        assertEquals("Cycle in the revision graph: a -> b -> c -> a", assertThrows(RevisionException.class,
                () -> new RevisionGraph(List.of(of("a", "", "c"), of("b", "", "a"), of("c", "", "b")))).getMessage());
    }

    @Test
    void resolverHandlesPrefixesLabelsAndHeads() {
        RevisionGraph graph = new RevisionGraph(List.of(of("ae1027a6acf", "x"),
                of("ae1f00", "y", "ae1027a6acf").withBranchLabels("billing"), of("b22", "z", "ae1027a6acf")));
        RevisionResolver resolver = new RevisionResolver(graph);
        assertEquals("ae1027a6acf", resolver.resolveOne("ae10"));
        assertEquals("ae1f00", resolver.resolveOne("billing"));
        assertEquals(Set.of("ae1f00"), resolver.resolve("billing@head"));
        assertEquals(Set.of(), resolver.resolve("base"));
        assertEquals(Set.of("ae1f00", "b22"), resolver.resolve("heads"));
        assertEquals("Multiple revisions start with 'ae1': ae1027a6acf, ae1f00",
                assertThrows(RevisionException.class, () -> resolver.resolveOne("ae1")).getMessage());
        assertEquals("Can't locate revision identified by 'zz'",
                assertThrows(RevisionException.class, () -> resolver.resolveOne("zz")).getMessage());
        RevisionException twoHeads = assertThrows(RevisionException.class, () -> resolver.resolve("head"));
        assertTrue(twoHeads.getMessage().contains("Multiple head revisions are present for given argument 'head': ae1f00, b22"));
    }

    @Test
    void upgradeAndDowngradePlansTrackTheVersionRows() {
        MigrationPlanner planner = new MigrationPlanner(new RevisionGraph(LINEAR));
        List<MigrationStep> up = planner.upgrade(List.of(), "head");
        assertEquals(List.of("0001", "0002", "0003"), up.stream().map(s -> s.revision().id()).toList());
        assertEquals(List.of("0001"), up.get(0).headsAfter());
        assertEquals(" -> 0001", up.get(0).arrow());
        assertEquals(List.of("0002"), planner.upgrade(List.of("0001"), "+1").get(0).headsAfter());
        assertThrows(RevisionException.class, () -> planner.upgrade(List.of("0002"), "+2"));
        List<MigrationStep> down = planner.downgrade(List.of("0003"), "-2");
        assertEquals(List.of("0003", "0002"), down.stream().map(s -> s.revision().id()).toList());
        assertEquals(List.of("0001"), down.get(1).headsAfter());
        assertEquals(List.of(), planner.downgrade(List.of("0003"), "base").get(2).headsAfter());
        assertEquals(List.of(), planner.upgrade(List.of("0003"), "0002"), "already applied: nothing to do");
    }

    @Test
    void branchesGiveOneVersionRowPerHeadUntilMerged() {
        MigrationPlanner planner = new MigrationPlanner(new RevisionGraph(BRANCHED));
        List<MigrationStep> toA = planner.upgrade(List.of("0001"), "a2");
        assertEquals(List.of("a2"), toA.get(toA.size() - 1).headsAfter());
        List<MigrationStep> toB = planner.upgrade(List.of("a2"), "b1");
        assertEquals(List.of("a2", "b1"), toB.get(0).headsAfter());
        List<MigrationStep> merge = planner.upgrade(List.of("a2", "b1"), "head");
        assertEquals(List.of("m"), merge.get(0).headsAfter());
        RevisionException ambiguous = assertThrows(RevisionException.class, () -> planner.downgrade(List.of("m"), "-1"));
        assertTrue(ambiguous.getMessage().startsWith("Ambiguous walk"), "Alembic refuses -1 from a merge point");
        List<MigrationStep> unmerge = planner.downgrade(List.of("m"), "a2");
        assertEquals(List.of("m"), unmerge.stream().map(s -> s.revision().id()).toList());
        assertEquals(List.of("a2", "b1"), unmerge.get(0).headsAfter());
        List<MigrationStep> onlyA = planner.downgrade(List.of("a2", "b1"), "a1");
        assertEquals(List.of("a2"), onlyA.stream().map(s -> s.revision().id()).toList(), "branch b is left alone");
        assertEquals(List.of("a1", "b1"), onlyA.get(0).headsAfter());
        List<MigrationStep> both = planner.downgrade(List.of("a2", "b1"), "0001");
        assertEquals(List.of("0001"), both.get(both.size() - 1).headsAfter());
        assertEquals(3, both.size());
    }

    @Test
    void dependsOnOrdersWithoutMergingHeads() {
        RevisionGraph graph = new RevisionGraph(List.of(of("0001", "app"), of("x1", "other base"),
                of("0002", "needs x1", "0001").withDependsOn("x1")));
        MigrationPlanner planner = new MigrationPlanner(graph);
        List<MigrationStep> steps = planner.upgrade(List.of(), "0002");
        assertEquals(List.of("0001", "x1", "0002"), steps.stream().map(s -> s.revision().id()).toList());
        assertEquals(List.of("x1", "0002"), steps.get(2).headsAfter());
        List<MigrationStep> undoDependency = planner.downgrade(List.of("x1", "0002"), "base");
        assertEquals("0002", undoDependency.get(0).revision().id(), "the dependent goes first");
    }

    @Test
    void historyRangesSelectNewestFirst() {
        RevisionRange range = new RevisionRange(new RevisionGraph(LINEAR));
        assertEquals(List.of("0003", "0002", "0001"), ids(range.select(null)));
        assertEquals(List.of("0003", "0002"), ids(range.select("0002:")));
        assertEquals(List.of("0002", "0001"), ids(range.select(":0002")));
        assertEquals(List.of("0002"), ids(range.select("0002:0002")));
        assertThrows(RevisionException.class, () -> range.select("0002"));
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }
}
