package com.capp.autogen.ops;

import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.QualifiedName;

/** Drops a FOREIGN KEY constraint. */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements Operation {

    @Override
    public Operation reverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropForeignKey(this);
    }
}
