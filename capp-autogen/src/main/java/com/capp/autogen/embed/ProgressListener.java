package com.capp.autogen.embed;

import java.util.Objects;
import java.util.function.Consumer;

/** Receives what a run reports as it goes (Alembic's {@code Running upgrade ...} lines); nothing is printed. */
public interface ProgressListener {

    /** A progress line, e.g. {@code Running upgrade 0001 -> 0002, add widgets}. */
    void info(String line);

    /** Something the user should look at, e.g. checksums not verified; by default an info line. */
    default void warning(String line) {
        info("WARNING: " + line);
    }

    /**
     * Progress lines to one logger method and warnings to another, e.g.
     * {@code ProgressListener.of(log::info, log::warn)} for a build's or an application's log.
     */
    static ProgressListener of(Consumer<String> info, Consumer<String> warning) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(warning, "warning");
        return new ProgressListener() {
            @Override
            public void info(String line) {
                info.accept(line);
            }

            @Override
            public void warning(String line) {
                warning.accept(line);
            }
        };
    }
}
