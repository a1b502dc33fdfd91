package com.capp.autogen.revision;

import com.capp.autogen.api.Revision;

import java.util.List;
import java.util.Objects;

/**
 * What the graph knows of a revision: Alembic's revision, down_revision(s), depends_on and
 * branch_labels, plus message and creation date. Pure data, so graphs can be built from literals.
 */
public record RevisionInfo(String id, List<String> revises, String message, String created,
                           List<String> dependsOn, List<String> branchLabels) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
    }

    /** A revision with only an id, its parents and a message: handy in tests. */
    public static RevisionInfo of(String id, String message, String... revises) {
        return new RevisionInfo(id, List.of(revises), message, "", List.of(), List.of());
    }

    public static RevisionInfo from(Revision annotation) {
        return new RevisionInfo(annotation.id(), List.of(annotation.revises()), annotation.message(),
                annotation.created(), List.of(annotation.dependsOn()), List.of(annotation.branchLabels()));
    }

    public RevisionInfo withDependsOn(String... ids) {
        return new RevisionInfo(id, revises, message, created, List.of(ids), branchLabels);
    }

    public RevisionInfo withBranchLabels(String... labels) {
        return new RevisionInfo(id, revises, message, created, dependsOn, List.of(labels));
    }

    public boolean isBase() {
        return revises.isEmpty();
    }

    public boolean isMerge() {
        return revises.size() > 1;
    }
}
