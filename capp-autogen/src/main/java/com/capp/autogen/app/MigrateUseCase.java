package com.capp.autogen.app;

import com.capp.autogen.runtime.MigrationListener;
import com.capp.autogen.runtime.MigrationRunner;
import com.capp.autogen.runtime.OfflineScript;
import com.capp.autogen.runtime.RunResult;
import com.capp.autogen.runtime.RuntimeFailure;

import com.capp.autogen.lint.Finding;
import com.capp.autogen.lint.LintReport;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.revision.Migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

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

    /** Upgrades, refusing error-level lint findings in the pending migrations unless lint.allow.unsafe is set. */
    public RunResult upgrade(String target, boolean ignoreChecksums) {
        return upgrade(target, ignoreChecksums, project.config().allowUnsafe());
    }

    /** @param allowUnsafe run pending migrations even when lint finds errors in them (printed as warnings) */
    public RunResult upgrade(String target, boolean ignoreChecksums, boolean allowUnsafe) {
        return online((connection, runner) -> {
            refuseUnsafe(connection, runner.pendingUpgrade(target), allowUnsafe);
            return runner.upgrade(target, ignoreChecksums);
        });
    }

    public RunResult downgrade(String target, boolean ignoreChecksums) {
        return online((connection, runner) -> runner.downgrade(target, ignoreChecksums));
    }

    /** Fails when an applied migration changed since it ran; runs nothing. */
    public void verifyChecksums() {
        online((connection, runner) -> {
            runner.verifyChecksums();
            return null;
        });
    }

    /** The applied revisions whose new checksums were recorded, one line each. */
    public List<String> repair() {
        return online((connection, runner) -> runner.repair());
    }

    public RunResult stamp(String target) {
        return stamp(List.of(target), false);
    }

    /** {@code stamp [--purge] REV...}: several revisions make several heads. */
    public RunResult stamp(List<String> targets, boolean purge) {
        return online((connection, runner) -> runner.stamp(targets, purge));
    }

    /** {@code ensure_version}. */
    public void ensureVersion() {
        online((connection, runner) -> {
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

    private void refuseUnsafe(Connection connection, List<MigrationStep> steps, boolean allowUnsafe)
            throws SQLException {
        LintReport report = new LintUseCase(project).pending(connection, steps);
        if (!report.hasErrors()) {
            return;
        }
        List<String> errors = report.findings().stream().filter(Finding::blocking)
                .map(f -> f.revision() + " statement " + f.statement() + ": " + f.rule().id() + " (" + f.rule().what() + ")")
                .toList();
        if (!allowUnsafe) {
            throw new RuntimeFailure("Refusing to upgrade: lint finds " + errors.size() + " error(s) in the pending migrations:\n  "
                    + String.join("\n  ", errors),
                    "See `capp-autogen lint` for why and the safe form; allow one statement with op.allowing(rule, reason), "
                            + "or run anyway with --allow-unsafe (lint.allow.unsafe=true).");
        }
        errors.forEach(e -> listener.warning("Unsafe (allowed by --allow-unsafe): " + e));
    }

    private interface OnlineWork<T> {
        T run(Connection connection, MigrationRunner runner) throws SQLException;
    }

    private <T> T online(OnlineWork<T> work) {
        EarlyConnection early = EarlyConnection.open(project::connect);
        Migrations migrations = early.during(project::migrations); // compile errors before any statement runs
        try (Connection connection = early.get()) {
            listener.info("Context impl PostgresqlImpl.");
            listener.info("Will assume transactional DDL.");
            return work.run(connection, new MigrationRunner(connection, migrations, project.settings(), listener,
                    project::connect));
        } catch (SQLException e) {
            throw new RuntimeFailure("Database error: " + e.getMessage(), "", e);
        }
    }
}
