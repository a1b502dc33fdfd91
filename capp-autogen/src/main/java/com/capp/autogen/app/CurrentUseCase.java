package com.capp.autogen.app;

import com.capp.autogen.revision.MigrationPlanner;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.RevisionInfo;
import com.capp.autogen.runtime.MigrationRunner;
import com.capp.autogen.runtime.MigrationListener;
import com.capp.autogen.runtime.RuntimeFailure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** {@code current}: the revisions the database's version table holds. */
public final class CurrentUseCase {

    private final Project project;

    public CurrentUseCase(Project project) {
        this.project = project;
    }

    /** The recorded heads, each known to the migrations (an unknown one is an error naming it). */
    public List<RevisionInfo> run() {
        EarlyConnection early = EarlyConnection.open(project::connect);
        Migrations migrations = early.during(project::migrations);
        try (Connection connection = early.get()) {
            List<String> heads = new MigrationRunner(connection, migrations, project.settings(),
                    MigrationListener.SILENT).currentHeads();
            return heads.stream().map(id -> migrations.graph().get(id)).toList();
        } catch (SQLException e) {
            throw new RuntimeFailure("Database error: " + e.getMessage(), "", e);
        }
    }

    /** The revisions an upgrade to every head would run, in the order it would run them. */
    public List<RevisionInfo> pending() {
        List<String> heads = run().stream().map(RevisionInfo::id).toList();
        return new MigrationPlanner(project.migrations().graph()).upgrade(heads, "heads").stream()
                .map(MigrationStep::revision).toList();
    }

    /** Fails unless the database is at every head: Alembic's "Target database is not up to date". */
    public List<RevisionInfo> requireAtHead() {
        List<RevisionInfo> current = run();
        List<String> ids = current.stream().map(RevisionInfo::id).sorted().toList();
        List<String> heads = project.migrations().graph().heads().stream().sorted().toList();
        if (!ids.equals(heads)) {
            throw new RuntimeFailure("Target database is not up to date: it is at "
                    + (ids.isEmpty() ? "<base>" : String.join(", ", ids)) + ", the head is " + String.join(", ", heads),
                    "Run `capp-autogen upgrade head` first.");
        }
        return current;
    }
}
