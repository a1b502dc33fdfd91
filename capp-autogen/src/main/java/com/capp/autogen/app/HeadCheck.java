package com.capp.autogen.app;

import com.capp.autogen.runtime.MigrationListener;
import com.capp.autogen.runtime.MigrationRunner;
import com.capp.autogen.runtime.RuntimeFailure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Autogenerate compares the model with the database as the migrations left it; against a database
 * behind head it would re-detect what pending migrations already carry, so it refuses, as Alembic.
 */
final class HeadCheck {

    private HeadCheck() {
    }

    static void requireAtHead(Project project) {
        List<String> heads = project.migrations().graph().sorted(project.migrations().graph().heads());
        try (Connection connection = project.connect()) {
            List<String> current = project.migrations().graph().sorted(
                    new MigrationRunner(connection, project.migrations(), project.settings(), MigrationListener.SILENT)
                            .currentHeads());
            if (!current.equals(heads)) {
                throw new RuntimeFailure("Target database is not up to date.",
                        "The database is at " + (current.isEmpty() ? "base" : String.join(", ", current))
                                + " but the migrations' head is " + String.join(", ", heads)
                                + ": run `capp-autogen upgrade head` first.");
            }
        } catch (SQLException e) {
            throw new RuntimeFailure("Cannot read the version table: " + e.getMessage(), "", e);
        }
    }
}
