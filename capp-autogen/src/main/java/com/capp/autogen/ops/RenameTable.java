package com.capp.autogen.ops;

import com.capp.autogen.schema.QualifiedName;

/** Renames a table (never guessed by autogenerate; written by hand). */
public record RenameTable(QualifiedName table, String newName) implements Operation {

    @Override
    public Operation reverse() {
        return new RenameTable(new QualifiedName(table.schema(), newName), table.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }
}
