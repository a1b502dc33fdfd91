package com.capp.autogen.ops;

import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.QualifiedName;

/** Drops a CHECK constraint. */
public record DropCheckConstraint(QualifiedName table, CheckConstraint check) implements Operation {

    @Override
    public Operation reverse() {
        return new AddCheckConstraint(table, check);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropCheckConstraint(this);
    }
}
