package com.capp.autogen.model;

/** The entities could not be read into a schema; the hint says what to do. */
public class ModelException extends RuntimeException {

    private final String hint;

    public ModelException(String message) {
        this(message, "", null);
    }

    public ModelException(String message, Throwable cause) {
        this(message, "", cause);
    }

    public ModelException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint == null ? "" : hint;
    }

    public String hint() {
        return hint;
    }
}
