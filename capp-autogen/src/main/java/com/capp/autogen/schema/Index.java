package com.capp.autogen.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint. {@code method} is the access method ({@code btree}
 * by default); {@code where} is the predicate of a partial index, or null.
 */
public record Index(String name, List<IndexKey> keys, boolean unique, String method, String where) implements java.io.Serializable {

    public static final String DEFAULT_METHOD = "btree";

    public Index {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        method = method == null || method.isBlank() ? DEFAULT_METHOD : method;
        where = Column.blankToNull(where);
    }

    public static Index on(String name, String... columns) {
        return new Index(name, java.util.Arrays.stream(columns).map(IndexKey::column).toList(),
                false, DEFAULT_METHOD, null);
    }
}
