package com.capp.autogen.app;

import com.capp.autogen.lint.DatabaseFacts;
import com.capp.autogen.lint.LintReport;
import com.capp.autogen.lint.Linter;
import com.capp.autogen.lint.TableFacts;
import com.capp.autogen.plan.Plan;
import com.capp.autogen.revision.MigrationPlanner;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.ResolvedMigration;
import com.capp.autogen.revision.RevisionInfo;
import com.capp.autogen.revision.RevisionRange;
import com.capp.autogen.revision.RevisionResolver;
import com.capp.autogen.runtime.MigrationRunner;
import com.capp.autogen.runtime.MigrationListener;
import com.capp.autogen.runtime.RuntimeFailure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code lint}: the findings of the migrations not yet applied (with no database configured, or
 * with {@code --all}: every migration; or one revision, or a {@code START:END} range). With a
 * database, its table sizes and column types go into the findings.
 */
public final class LintUseCase {

    private final Project project;

    public LintUseCase(Project project) {
        this.project = project;
    }

    /** @param selection a revision, {@code START:END}, or null for the default */
    public LintReport run(String selection, boolean all) {
        Migrations migrations = project.migrations();
        if (!project.hasDatabase()) {
            return linter(TableFacts.NONE).lint(select(migrations, selection, true, List.of()));
        }
        try (Connection connection = project.connect()) {
            List<String> heads = new MigrationRunner(connection, migrations, project.settings(),
                    MigrationListener.SILENT).currentHeads();
            return linter(DatabaseFacts.read(connection)).lint(select(migrations, selection, all, heads));
        } catch (SQLException e) {
            throw new RuntimeFailure("Database error: " + e.getMessage(), "Check the database is reachable and retry.", e);
        }
    }

    /** The findings of the steps an upgrade is about to run, with the facts of its database. */
    public LintReport pending(Connection connection, List<MigrationStep> steps) throws SQLException {
        List<ResolvedMigration> migrations = steps.stream().map(s -> project.migrations().get(s.revision().id())).toList();
        return linter(DatabaseFacts.read(connection)).lint(migrations);
    }

    /** The findings of what autogenerate proposes, as the migration it would write. */
    public LintReport generated(Plan plan) {
        return linter(TableFacts.NONE).lintOperations("new", plan.upgradeOperations());
    }

    private Linter linter(TableFacts facts) {
        return new Linter(project.config().ddl(), facts);
    }

    private static List<ResolvedMigration> select(Migrations migrations, String selection, boolean all,
                                                  List<String> heads) {
        List<String> ids;
        if (selection != null && selection.contains(":")) {
            List<String> newestFirst = new ArrayList<>(new RevisionRange(migrations.graph()).select(selection)
                    .stream().map(RevisionInfo::id).toList());
            Collections.reverse(newestFirst);
            ids = newestFirst;
        } else if (selection != null) {
            ids = List.of(new RevisionResolver(migrations.graph()).resolveOne(selection));
        } else if (all) {
            ids = migrations.graph().order();
        } else {
            ids = new MigrationPlanner(migrations.graph()).upgrade(heads, "heads").stream()
                    .map(step -> step.revision().id()).toList();
        }
        return ids.stream().map(migrations::get).toList();
    }
}
