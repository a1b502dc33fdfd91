package com.capp.autogen.ops;

import com.capp.autogen.schema.EnumType;

/** Creates a PostgreSQL enum type. */
public record CreateEnum(EnumType enumType) implements Operation {

    @Override
    public Operation reverse() {
        return new DropEnum(enumType);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateEnum(this);
    }
}
