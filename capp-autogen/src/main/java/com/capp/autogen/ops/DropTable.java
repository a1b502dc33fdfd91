package com.capp.autogen.ops;

import com.capp.autogen.schema.Table;

/** Drops a table; carries the whole table so the drop can be reversed. */
public record DropTable(Table table) implements Operation {

    @Override
    public Operation reverse() {
        return new CreateTable(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }
}
