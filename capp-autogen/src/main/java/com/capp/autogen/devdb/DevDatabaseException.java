package com.capp.autogen.devdb;

/** The dev database cannot be started, with a hint saying what to do. */
public final class DevDatabaseException extends RuntimeException {

    private final String hint;

    DevDatabaseException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
