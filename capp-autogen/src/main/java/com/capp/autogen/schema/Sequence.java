package com.capp.autogen.schema;

import java.util.Objects;

/** A standalone sequence (identity and serial sequences belong to their column, not here). */
public record Sequence(QualifiedName name, String dataType, long start, long increment,
                       long minValue, long maxValue, long cache, boolean cycle) implements java.io.Serializable {

    public Sequence {
        Objects.requireNonNull(name, "name");
        dataType = dataType == null ? "bigint" : dataType;
    }

    public static Sequence of(QualifiedName name, long start, long increment) {
        return new Sequence(name, "bigint", start, increment, 1, Long.MAX_VALUE, 1, false);
    }
}
