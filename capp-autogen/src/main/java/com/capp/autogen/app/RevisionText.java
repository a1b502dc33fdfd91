package com.capp.autogen.app;

import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.RevisionGraph;
import com.capp.autogen.revision.RevisionInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * Revisions as Alembic prints them: {@code 0001 -> 0002 (head), add mpesa and mmo callback tables},
 * {@code <base> -> 0001, initial schema}, and the verbose {@code Rev:/Parent:/Path:} block.
 */
public final class RevisionText {

    private final Migrations migrations;
    private final RevisionGraph graph;

    public RevisionText(Migrations migrations) {
        this.migrations = migrations;
        this.graph = migrations.graph();
    }

    /** One history line: parents, arrow, id, markers, message. */
    public String historyLine(RevisionInfo r) {
        return historyLine(r, false);
    }

    /** @param current whether the database is at {@code r} ({@code history -i} marks it {@code (current)}) */
    public String historyLine(RevisionInfo r, boolean current) {
        return parents(r) + dependencies(r) + " -> " + r.id() + labels(r) + markers(r, current) + ", " + r.message();
    }

    /** {@code 0002 (head)}: what `current` and `heads` print. */
    public String idLine(RevisionInfo r) {
        return r.id() + labels(r) + markers(r);
    }

    /** The block `show` and `--verbose` print. */
    public List<String> verbose(RevisionInfo r) {
        return verbose(r, false);
    }

    public List<String> verbose(RevisionInfo r, boolean current) {
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + r.id() + markers(r, current));
        lines.add((r.isMerge() ? "Merges: " : "Parent: ") + parents(r));
        if (!r.dependsOn().isEmpty()) {
            lines.add("Also depends on: " + String.join(", ", r.dependsOn()));
        }
        if (graph.isBranchPoint(r.id())) {
            lines.add("Branches into: " + String.join(", ", graph.children(r.id())));
        }
        if (!r.branchLabels().isEmpty()) {
            lines.add("Branch names: " + String.join(", ", r.branchLabels()));
        }
        lines.add("Path: " + migrations.get(r.id()).location());
        lines.add("");
        lines.add("    " + r.message());
        lines.add("");
        lines.add("    Revision ID: " + r.id());
        lines.add("    Revises: " + String.join(", ", r.revises()));
        lines.add("    Create Date: " + r.created());
        lines.add("");
        return lines;
    }

    private String parents(RevisionInfo r) {
        return r.isBase() ? "<base>" : String.join(", ", r.revises());
    }

    private static String dependencies(RevisionInfo r) {
        return r.dependsOn().isEmpty() ? "" : " (" + String.join(", ", r.dependsOn()) + ")";
    }

    private static String labels(RevisionInfo r) {
        return r.branchLabels().isEmpty() ? "" : " (" + String.join(", ", r.branchLabels()) + ")";
    }

    private String markers(RevisionInfo r) {
        return markers(r, false);
    }

    /** In Alembic's order: head, current, branchpoint, mergepoint. */
    private String markers(RevisionInfo r, boolean current) {
        return (graph.isHead(r.id()) ? " (head)" : "") + (current ? " (current)" : "")
                + (graph.isBranchPoint(r.id()) ? " (branchpoint)" : "")
                + (r.isMerge() ? " (mergepoint)" : "");
    }
}
