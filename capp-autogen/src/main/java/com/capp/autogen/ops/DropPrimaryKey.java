package com.capp.autogen.ops;

import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;

/** Drops a primary key. */
public record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Operation {

    @Override
    public Operation reverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropPrimaryKey(this);
    }
}
