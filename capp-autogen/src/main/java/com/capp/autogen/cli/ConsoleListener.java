package com.capp.autogen.cli;

import com.capp.autogen.embed.ProgressListener;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.runtime.MigrationListener;

import java.io.PrintWriter;

/**
 * Prints progress on stderr in Alembic's log format, logger names included, so output reads as the
 * guide shows it: {@code INFO  [alembic.runtime.migration] Running upgrade ...}.
 */
final class ConsoleListener implements MigrationListener, ProgressListener {

    private static final String LOGGER = "[alembic.runtime.migration] ";

    private final PrintWriter err;
    private final boolean showInfo;

    ConsoleListener(PrintWriter err, String level) {
        this.err = err;
        this.showInfo = level.equals("INFO") || level.equals("DEBUG");
    }

    @Override
    public void running(MigrationStep step) {
        info(step.runningLine());
    }

    @Override
    public void info(String message) {
        if (showInfo) {
            err.println("INFO  " + LOGGER + message);
            err.flush();
        }
    }

    /** Autogenerate's findings, under Alembic's logger name for them. */
    void autogenerate(String message) {
        if (showInfo) {
            err.println("INFO  [alembic.autogenerate.compare] " + message);
            err.flush();
        }
    }

    /** Lint findings of a generated migration: always shown, they are what to review before committing it. */
    void lint(String message) {
        err.println("LINT  [capp.autogenerate.lint] " + message);
        err.flush();
    }

    @Override
    public void warning(String message) {
        err.println("WARN  " + LOGGER + message);
        err.flush();
    }
}
