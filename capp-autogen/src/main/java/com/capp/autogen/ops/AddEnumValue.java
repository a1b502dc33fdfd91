package com.capp.autogen.ops;

import com.capp.autogen.schema.QualifiedName;

/** Adds a label to an enum type, optionally BEFORE or AFTER an existing label. PostgreSQL cannot drop a label, so this has no automatic reverse. */
public record AddEnumValue(QualifiedName enumType, String value, String before, String after) implements Operation {

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException("PostgreSQL cannot remove a value from an enum type; write the downgrade by hand (recreate the type)");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddEnumValue(this);
    }
}
