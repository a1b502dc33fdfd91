package com.capp.autogen.ops;

/** Runs SQL text as given: data migrations and anything the API has no word for. */
public record ExecuteSql(String sql) implements Operation {

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException("raw SQL cannot be reversed automatically; write the downgrade by hand");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitExecuteSql(this);
    }
}
