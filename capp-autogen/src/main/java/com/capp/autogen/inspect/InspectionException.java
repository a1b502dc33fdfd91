package com.capp.autogen.inspect;

/** The database could not be read. */
public class InspectionException extends RuntimeException {

    public InspectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
