package com.capp.autogen.ops;

import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.QualifiedName;

/** Adds a column. */
public record AddColumn(QualifiedName table, Column column) implements Operation {

    @Override
    public Operation reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }
}
