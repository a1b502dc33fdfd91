package com.capp.autogen.ops;

/** Creates a schema (namespace). */
public record CreateSchema(String name) implements Operation {

    @Override
    public Operation reverse() {
        return new DropSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateSchema(this);
    }
}
