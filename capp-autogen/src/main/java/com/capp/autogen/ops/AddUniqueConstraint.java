package com.capp.autogen.ops;

import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.UniqueConstraint;

/** Adds a UNIQUE constraint. */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Operation {

    @Override
    public Operation reverse() {
        return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddUniqueConstraint(this);
    }
}
