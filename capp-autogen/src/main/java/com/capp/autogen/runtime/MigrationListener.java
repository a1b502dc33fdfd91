package com.capp.autogen.runtime;

import com.capp.autogen.revision.MigrationStep;

/** What a run reports as it goes; the CLI prints it in Alembic's log format. */
public interface MigrationListener {

    MigrationListener SILENT = new MigrationListener() {
    };

    default void running(MigrationStep step) {
    }

    default void info(String message) {
    }

    default void warning(String message) {
    }
}
