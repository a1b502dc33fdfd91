package com.capp.autogen.ops;

import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.QualifiedName;

/**
 * Adds a FOREIGN KEY constraint. {@code notValid}: existing rows are not checked (no scan, a brief
 * lock); a later {@link ValidateConstraint} checks them without blocking writes.
 */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean notValid) implements Operation {

    public AddForeignKey(QualifiedName table, ForeignKey foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public Operation reverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddForeignKey(this);
    }
}
