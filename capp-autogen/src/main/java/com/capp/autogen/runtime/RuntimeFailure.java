package com.capp.autogen.runtime;

/** A run that could not proceed, with a hint saying what to do (may be empty). */
public class RuntimeFailure extends RuntimeException {

    private final String hint;

    public RuntimeFailure(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint == null ? "" : hint;
    }

    public RuntimeFailure(String message, String hint) {
        this(message, hint, null);
    }

    public String hint() {
        return hint;
    }
}
