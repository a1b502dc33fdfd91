package com.capp.autogen.revision;

import java.util.List;

/**
 * One migration to run and the version-table heads before and after it (one row per head, as
 * Alembic keeps them).
 */
public record MigrationStep(RevisionInfo revision, Direction direction, List<String> headsBefore,
                            List<String> headsAfter) {

    public MigrationStep {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
    }

    /** {@code 0001 -> 0002} for an upgrade, {@code 0002 -> 0001} for a downgrade, as Alembic logs it. */
    public String arrow() {
        String parents = String.join(", ", revision.revises());
        return direction == Direction.UPGRADE
                ? parents + " -> " + revision.id()
                : revision.id() + " -> " + parents;
    }

    /** Alembic's log line for it: {@code Running upgrade 0001 -> 0002, add tickets}. */
    public String runningLine() {
        return "Running " + direction.word() + " " + arrow() + ", " + revision.message();
    }
}
