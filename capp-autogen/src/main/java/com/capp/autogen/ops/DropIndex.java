package com.capp.autogen.ops;

import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.QualifiedName;

/** Drops an index; carries its definition so the drop can be reversed. */
public record DropIndex(QualifiedName table, Index index, boolean concurrently) implements Operation {

    @Override
    public Operation reverse() {
        return new CreateIndex(table, index, concurrently);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }
}
