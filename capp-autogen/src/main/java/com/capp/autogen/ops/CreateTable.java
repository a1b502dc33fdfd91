package com.capp.autogen.ops;

import com.capp.autogen.schema.Table;

/** Creates a table with its columns, keys, checks and comment; indexes and foreign keys are separate operations. */
public record CreateTable(Table table) implements Operation {

    @Override
    public Operation reverse() {
        return new DropTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }
}
