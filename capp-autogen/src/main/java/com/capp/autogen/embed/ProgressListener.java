package com.capp.autogen.embed;

/** Receives what a run reports as it goes (Alembic's {@code Running upgrade ...} lines); nothing is printed. */
public interface ProgressListener {

    void info(String line);

    /** Something the user should look at, e.g. checksums not verified; by default an info line. */
    default void warning(String line) {
        info("WARNING: " + line);
    }
}
