package com.capp.autogen.ops;

import com.capp.autogen.schema.EnumType;

/** Drops a PostgreSQL enum type. */
public record DropEnum(EnumType enumType) implements Operation {

    @Override
    public Operation reverse() {
        return new CreateEnum(enumType);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropEnum(this);
    }
}
