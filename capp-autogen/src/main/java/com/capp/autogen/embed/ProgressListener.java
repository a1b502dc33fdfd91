package com.capp.autogen.embed;

/** Receives what a run reports as it goes (Alembic's {@code Running upgrade ...} lines); nothing is printed. */
public interface ProgressListener {

    /** A progress line, e.g. {@code Running upgrade 0001 -> 0002, add widgets}. */
    void info(String line);

    /** Something the user should look at, e.g. checksums not verified; by default an info line. */
    default void warning(String line) {
        info("WARNING: " + line);
    }
}
