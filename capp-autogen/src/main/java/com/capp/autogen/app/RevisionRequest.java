package com.capp.autogen.app;

import java.util.List;

/**
 * What {@code revision} and {@code merge} are asked for.
 *
 * @param revId        the new id, or null to pick one (next 4-digit number when all ids are such, else 12 hex chars)
 * @param parents      what the new revision revises: {@code head} by default, {@code base} for a new base,
 *                     several for a merge
 * @param splice       allow a parent that is not a head (starts a branch)
 */
public record RevisionRequest(String message, String revId, List<String> parents, boolean splice,
                              List<String> dependsOn, List<String> branchLabels) {

    public RevisionRequest {
        parents = List.copyOf(parents);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
    }
}
