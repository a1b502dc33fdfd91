package com.capp.autogen.maven;

import com.capp.autogen.embed.MigrationResult;
import com.capp.autogen.embed.RevisionEntry;

/** Revisions as log lines, in Alembic's wording. */
final class Revisions {

    private Revisions() {
    }

    /** {@code 0001 -> 0002, add widgets} ({@code <base>} for a first revision). */
    static String line(RevisionEntry entry) {
        String parents = entry.revises().isEmpty() ? "<base>" : String.join(", ", entry.revises());
        return parents + " -> " + entry.id() + ", " + entry.message();
    }

    /** One line on what an upgrade or downgrade did. */
    static String outcome(MigrationResult result, String verb) {
        if (result.ran().isEmpty()) {
            return "Nothing to " + verb + ": the database is at " + heads(result) + ".";
        }
        return "Ran " + result.ran().size() + " " + verb + (result.ran().size() == 1 ? "" : "s")
                + "; the database is now at " + heads(result) + ".";
    }

    private static String heads(MigrationResult result) {
        return result.headsAfter().isEmpty() ? "base" : String.join(", ", result.headsAfter());
    }
}
