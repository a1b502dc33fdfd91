package com.capp.autogen.ops;

import com.capp.autogen.schema.QualifiedName;

/** Renames a column. */
public record RenameColumn(QualifiedName table, String from, String to) implements Operation {

    @Override
    public Operation reverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitRenameColumn(this);
    }
}
