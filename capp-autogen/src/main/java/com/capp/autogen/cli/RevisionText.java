package com.capp.autogen.cli;

import com.capp.autogen.embed.RevisionEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Revisions as Alembic prints them: {@code 0001 -> 0002 (head), add mpesa and mmo callback tables},
 * {@code <base> -> 0001, initial schema}, and the verbose {@code Rev:/Parent:/Path:} block.
 */
final class RevisionText {

    private RevisionText() {
    }

    /** {@code history}'s revisions in the order {@code heads} and {@code branches} print them: bases first. */
    static List<RevisionEntry> oldestFirst(List<RevisionEntry> newestFirst) {
        List<RevisionEntry> reversed = new ArrayList<>(newestFirst);
        Collections.reverse(reversed);
        return reversed;
    }

    /** One history line: parents, arrow, id, markers, message. */
    static String historyLine(RevisionEntry r) {
        return historyLine(r, false);
    }

    /** @param current whether the database is at {@code r} ({@code history -i} marks it {@code (current)}) */
    static String historyLine(RevisionEntry r, boolean current) {
        return parents(r) + dependencies(r) + " -> " + r.id() + labels(r) + markers(r, current) + ", " + r.message();
    }

    /** {@code 0002 (head)}: what `current` and `heads` print. */
    static String idLine(RevisionEntry r) {
        return r.id() + labels(r) + markers(r, false);
    }

    /** The block `show` and `--verbose` print. */
    static List<String> verbose(RevisionEntry r) {
        return verbose(r, false);
    }

    static List<String> verbose(RevisionEntry r, boolean current) {
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + r.id() + markers(r, current));
        lines.add((r.mergePoint() ? "Merges: " : "Parent: ") + parents(r));
        if (!r.dependsOn().isEmpty()) {
            lines.add("Also depends on: " + String.join(", ", r.dependsOn()));
        }
        if (r.branchPoint()) {
            lines.add("Branches into: " + String.join(", ", r.branchesInto()));
        }
        if (!r.branchLabels().isEmpty()) {
            lines.add("Branch names: " + String.join(", ", r.branchLabels()));
        }
        lines.add("Path: " + r.location());
        lines.add("");
        lines.add("    " + r.message());
        lines.add("");
        lines.add("    Revision ID: " + r.id());
        lines.add("    Revises: " + String.join(", ", r.revises()));
        lines.add("    Create Date: " + r.created());
        lines.add("");
        return lines;
    }

    private static String parents(RevisionEntry r) {
        return r.base() ? "<base>" : String.join(", ", r.revises());
    }

    private static String dependencies(RevisionEntry r) {
        return r.dependsOn().isEmpty() ? "" : " (" + String.join(", ", r.dependsOn()) + ")";
    }

    private static String labels(RevisionEntry r) {
        return r.branchLabels().isEmpty() ? "" : " (" + String.join(", ", r.branchLabels()) + ")";
    }

    /** In Alembic's order: head, current, branchpoint, mergepoint. */
    private static String markers(RevisionEntry r, boolean current) {
        return (r.head() ? " (head)" : "") + (current ? " (current)" : "")
                + (r.branchPoint() ? " (branchpoint)" : "")
                + (r.mergePoint() ? " (mergepoint)" : "");
    }
}
