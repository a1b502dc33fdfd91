package com.capp.autogen.ops;

import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.UniqueConstraint;

/**
 * Adds a UNIQUE constraint. {@code usingIndex}: the unique index of the constraint's name, already
 * built (CONCURRENTLY), becomes the constraint, so nothing is scanned under the table lock.
 */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint, boolean usingIndex)
        implements Operation {

    public AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) {
        this(table, constraint, false);
    }

    @Override
    public Operation reverse() {
        return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddUniqueConstraint(this);
    }
}
