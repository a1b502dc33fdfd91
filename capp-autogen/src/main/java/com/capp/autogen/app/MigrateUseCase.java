package com.capp.autogen.app;

import com.capp.autogen.runtime.MigrationListener;
import com.capp.autogen.runtime.MigrationRunner;
import com.capp.autogen.runtime.OfflineScript;
import com.capp.autogen.runtime.RunResult;
import com.capp.autogen.runtime.RuntimeFailure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * {@code upgrade}, {@code downgrade} and {@code stamp}: online through {@link MigrationRunner},
 * or offline ({@code --sql}) as a script, which needs neither a database nor its URL.
 */
public final class MigrateUseCase {

    private final Project project;
    private final MigrationListener listener;

    public MigrateUseCase(Project project, MigrationListener listener) {
        this.project = project;
        this.listener = listener;
    }

    public RunResult upgrade(String target, boolean ignoreChecksums) {
        return online(runner -> runner.upgrade(target, ignoreChecksums));
    }

    public RunResult downgrade(String target, boolean ignoreChecksums) {
        return online(runner -> runner.downgrade(target, ignoreChecksums));
    }

    /** The applied revisions whose new checksums were recorded, one line each. */
    public List<String> repair() {
        return online(MigrationRunner::repair);
    }

    public RunResult stamp(String target) {
        return stamp(List.of(target), false);
    }

    /** {@code stamp [--purge] REV...}: several revisions make several heads. */
    public RunResult stamp(List<String> targets, boolean purge) {
        return online(runner -> runner.stamp(targets, purge));
    }

    /** {@code ensure_version}. */
    public void ensureVersion() {
        online(runner -> {
            runner.ensureVersionTable();
            return null;
        });
    }

    public String ensureVersionScript() {
        return offline().ensureVersion();
    }

    /** {@code stamp --sql}: one {@code FROM:TO} range, or revisions stamped from base. */
    public String stampScript(List<String> targets, boolean purge) {
        if (targets.size() == 1 && targets.get(0).contains(":") && !purge) {
            return offline().stamp(targets.get(0));
        }
        return offline().stamp(List.of(), targets, purge);
    }

    public String upgradeScript(String range) {
        return offline().upgrade(range);
    }

    public String stampScript(String range) {
        return offline().stamp(range);
    }

    public String downgradeScript(String range) {
        return offline().downgrade(range);
    }

    private OfflineScript offline() {
        return new OfflineScript(project.migrations(), project.settings());
    }

    private <T> T online(Function<MigrationRunner, T> work) {
        var migrations = project.migrations(); // compile errors before touching the database
        try (Connection connection = project.connect()) {
            listener.info("Context impl PostgresqlImpl.");
            listener.info("Will assume transactional DDL.");
            return work.apply(new MigrationRunner(connection, migrations, project.settings(), listener));
        } catch (SQLException e) {
            throw new RuntimeFailure("Database error: " + e.getMessage(), "", e);
        }
    }
}
