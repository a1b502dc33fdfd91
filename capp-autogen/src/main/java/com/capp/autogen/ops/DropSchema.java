package com.capp.autogen.ops;

/** Drops an empty schema. */
public record DropSchema(String name) implements Operation {

    @Override
    public Operation reverse() {
        return new CreateSchema(name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropSchema(this);
    }
}
