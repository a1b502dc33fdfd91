package com.capp.autogen.plan;

import com.capp.autogen.ops.Operation;

/**
 * One planned operation. {@code warning} is set when the operation can destroy data, fail on
 * existing rows or rewrite the table; {@code manual} is set (and {@code operation} null) when a
 * downgrade step cannot be derived, with the reason, so the reviewer writes it by hand.
 * {@code why} says why a production-safe form is written the way it is (the lock it takes, the
 * scan it avoids); {@code outsideTransaction} marks a step PostgreSQL runs only outside a
 * transaction, or that must commit on its own so the locks before it are released.
 */
public record Step(Operation operation, String warning, String manual, String why, boolean outsideTransaction) {

    public static Step of(Operation operation, String warning) {
        return new Step(operation, warning, null, null, false);
    }

    public static Step manual(String reason) {
        return new Step(null, null, reason, null, false);
    }

    public boolean isManual() {
        return operation == null;
    }
}
