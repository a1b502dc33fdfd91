package com.capp.autogen.embed;

/**
 * A run that could not be done. {@link #getMessage()} says what went wrong, {@link #hint()} what
 * to do; neither ever holds a password. A failed migration has been rolled back.
 */
public final class CappAutogenException extends RuntimeException {

    /** Whether the setup is wrong (fix the configuration) or the run failed (database, migration, lock). */
    public enum Kind {
        /** The setup is wrong: a missing file, a bad key, a package with no entities. Fix it and rerun. */
        CONFIGURATION,
        /** The run failed: the database, a migration, a lock. The database is as it was before the run. */
        FAILURE
    }

    private final Kind kind;
    private final String hint;

    CappAutogenException(Kind kind, String message, String hint, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.hint = hint == null ? "" : hint;
    }

    /** Whether to fix the configuration ({@code CONFIGURATION}) or look at the database or migration ({@code FAILURE}). */
    public Kind kind() {
        return kind;
    }

    /** What to do about it, one line; empty when there is nothing to add. */
    public String hint() {
        return hint;
    }
}
