package com.capp.autogen.schema;

import java.util.List;

/** A UNIQUE constraint (not a unique index); {@code name} null means PostgreSQL picks it. */
public record UniqueConstraint(String name, List<String> columns) implements java.io.Serializable {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
