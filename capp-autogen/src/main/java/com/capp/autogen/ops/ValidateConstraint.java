package com.capp.autogen.ops;

import com.capp.autogen.schema.QualifiedName;

/**
 * Checks the existing rows against a constraint added NOT VALID. It scans the table under SHARE
 * UPDATE EXCLUSIVE, so reads and writes go on; validating a valid constraint does nothing.
 */
public record ValidateConstraint(QualifiedName table, String name) implements Operation {

    /** Validation has no undo; validating again is a no-op, so it is its own reverse. */
    @Override
    public Operation reverse() {
        return this;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitValidateConstraint(this);
    }
}
