package com.capp.autogen.embed;

import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.RevisionGraph;
import com.capp.autogen.revision.RevisionInfo;

import java.util.List;

/**
 * One revision as the API shows it: what its {@code @Revision} annotation says and where it sits
 * in the revision graph.
 *
 * @param id           the revision id ({@code 0001}, {@code ae1027a6acf})
 * @param revises      its parent revisions (empty for a base, two or more for a merge)
 * @param message      the {@code -m} message it was created with
 * @param created      its creation date as written in the file, or empty
 * @param dependsOn    revisions it depends on besides its parents
 * @param branchLabels the labels of the branch it starts
 * @param head         whether no revision revises it
 * @param branchesInto the revisions that revise it, when there are two or more (a branch point); else empty
 * @param location     the source file or class it was loaded from
 */
public record RevisionEntry(String id, List<String> revises, String message, String created, List<String> dependsOn,
                            List<String> branchLabels, boolean head, List<String> branchesInto, String location) {

    public RevisionEntry {
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        branchesInto = List.copyOf(branchesInto);
    }

    /** A revision with no parent. */
    public boolean base() {
        return revises.isEmpty();
    }

    /** A revision that joins two or more branches. */
    public boolean mergePoint() {
        return revises.size() > 1;
    }

    /** A revision two or more revisions revise. */
    public boolean branchPoint() {
        return !branchesInto.isEmpty();
    }

    static RevisionEntry of(Migrations migrations, RevisionInfo info) {
        RevisionGraph graph = migrations.graph();
        List<String> children = graph.isBranchPoint(info.id()) ? graph.children(info.id()) : List.of();
        return new RevisionEntry(info.id(), info.revises(), info.message(), info.created(), info.dependsOn(),
                info.branchLabels(), graph.isHead(info.id()), children, migrations.get(info.id()).location());
    }

    static List<RevisionEntry> of(Migrations migrations, List<RevisionInfo> infos) {
        return infos.stream().map(info -> of(migrations, info)).toList();
    }
}
