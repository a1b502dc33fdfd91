package com.capp.autogen.ops;

import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.QualifiedName;

/** Drops a column; carries the column so the drop can be reversed. */
public record DropColumn(QualifiedName table, Column column) implements Operation {

    @Override
    public Operation reverse() {
        return new AddColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }
}
