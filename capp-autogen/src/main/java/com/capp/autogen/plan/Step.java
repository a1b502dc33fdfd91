package com.capp.autogen.plan;

import com.capp.autogen.ops.Operation;

/**
 * One planned operation. {@code warning} is set when the operation can destroy data or fail on
 * existing rows; {@code manual} is set (and {@code operation} null) when a downgrade step cannot be
 * derived, with the reason, so the reviewer writes it by hand.
 */
public record Step(Operation operation, String warning, String manual) {

    public static Step of(Operation operation, String warning) {
        return new Step(operation, warning, null);
    }

    public static Step manual(String reason) {
        return new Step(null, null, reason);
    }

    public boolean isManual() {
        return operation == null;
    }
}
