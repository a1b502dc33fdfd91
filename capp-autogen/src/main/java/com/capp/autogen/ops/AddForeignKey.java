package com.capp.autogen.ops;

import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.QualifiedName;

/** Adds a FOREIGN KEY constraint. */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements Operation {

    @Override
    public Operation reverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddForeignKey(this);
    }
}
