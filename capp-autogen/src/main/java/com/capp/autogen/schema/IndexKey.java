package com.capp.autogen.schema;

import java.util.Objects;

/**
 * One key of an index: a column name, or an SQL expression when {@code expression} is true
 * (e.g. {@code lower((email)::text)}), optionally descending.
 */
public record IndexKey(String text, boolean expression, boolean descending) implements java.io.Serializable {
    public IndexKey {
        Objects.requireNonNull(text, "text");
    }

    public static IndexKey column(String name) {
        return new IndexKey(name, false, false);
    }

    public static IndexKey columnDesc(String name) {
        return new IndexKey(name, false, true);
    }

    public static IndexKey expression(String sql) {
        return new IndexKey(sql, true, false);
    }
}
