package com.capp.autogen.ops;

import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.QualifiedName;

/** Adds a CHECK constraint. */
public record AddCheckConstraint(QualifiedName table, CheckConstraint check) implements Operation {

    @Override
    public Operation reverse() {
        return new DropCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddCheckConstraint(this);
    }
}
