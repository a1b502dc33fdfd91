package com.capp.autogen.ops;

import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.UniqueConstraint;

/** Drops a UNIQUE constraint. */
public record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Operation {

    @Override
    public Operation reverse() {
        return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropUniqueConstraint(this);
    }
}
