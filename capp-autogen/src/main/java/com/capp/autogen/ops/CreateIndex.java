package com.capp.autogen.ops;

import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.QualifiedName;

/** Creates an index, optionally CONCURRENTLY (which cannot run inside a transaction). */
public record CreateIndex(QualifiedName table, Index index, boolean concurrently) implements Operation {

    @Override
    public Operation reverse() {
        return new DropIndex(table, index, concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }
}
