package com.capp.autogen.ops;

import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.QualifiedName;

/**
 * Adds a CHECK constraint. {@code notValid}: existing rows are not checked (no scan); a later
 * {@link ValidateConstraint} checks them without blocking writes.
 */
public record AddCheckConstraint(QualifiedName table, CheckConstraint check, boolean notValid) implements Operation {

    public AddCheckConstraint(QualifiedName table, CheckConstraint check) {
        this(table, check, false);
    }

    @Override
    public Operation reverse() {
        return new DropCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddCheckConstraint(this);
    }
}
