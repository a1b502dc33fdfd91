package com.capp.autogen.schema;

import java.util.List;

/** A primary key; {@code name} may be null when the model leaves it to PostgreSQL ({@code <table>_pkey}). */
public record PrimaryKey(String name, List<String> columns) implements java.io.Serializable {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
