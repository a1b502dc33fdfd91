package com.capp.autogen.ops;

import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;

/** Adds a primary key to an existing table. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Operation {

    @Override
    public Operation reverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddPrimaryKey(this);
    }
}
