package com.capp.autogen.ops;

/** Thrown by {@link Operation#reverse()} for operations whose undo cannot be derived. */
public class IrreversibleOperationException extends RuntimeException {
    public IrreversibleOperationException(String message) {
        super(message);
    }
}
