package com.capp.autogen.ops;

import com.capp.autogen.schema.QualifiedName;

/** Inserts rows (reference data), as Alembic's bulk_insert. */
public record BulkInsert(QualifiedName table, java.util.List<String> columns, java.util.List<java.util.List<Object>> rows) implements Operation {

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException("inserted rows cannot be removed automatically; write the downgrade by hand");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitBulkInsert(this);
    }
}
