package com.capp.autogen.spring;

/**
 * Start-up stopped because the database could not be migrated or is not what the application
 * needs. {@link CappAutogenFailureAnalyzer} prints {@link #getMessage()} and {@link #action()}
 * as Spring Boot's "APPLICATION FAILED TO START" report; neither holds a password.
 */
public class CappAutogenStartupException extends RuntimeException {

    private final String action;

    public CappAutogenStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
