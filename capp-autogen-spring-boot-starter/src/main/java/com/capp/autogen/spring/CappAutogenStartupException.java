package com.capp.autogen.spring;

import com.capp.autogen.embed.CappAutogenException;

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

    /**
     * The API's failure as start-up's: {@code description} prefixed to its message, its hint as the
     * action, or {@code fallbackAction} when it has none.
     */
    static CappAutogenStartupException of(String description, CappAutogenException failure, String fallbackAction) {
        return new CappAutogenStartupException(description + ": " + failure.getMessage(),
                failure.hint().isEmpty() ? fallbackAction : failure.hint(), failure);
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
