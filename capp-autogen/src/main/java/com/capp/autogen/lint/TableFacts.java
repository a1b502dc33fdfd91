package com.capp.autogen.lint;

import java.util.Optional;

/** What the live database says about the tables a migration touches ({@code --url}); {@link #NONE} without one. */
public interface TableFacts {

    TableFacts NONE = new TableFacts() {
    };

    /** Whether these facts come from a database (else every table not created in the run counts as existing). */
    default boolean fromDatabase() {
        return false;
    }

    default boolean exists(String table) {
        return true;
    }

    /** Row estimate and size, e.g. {@code ~1,200,000 rows, 180 MB}. */
    default Optional<String> size(String table) {
        return Optional.empty();
    }

    /** The column's type as {@code format_type} spells it. */
    default Optional<String> columnType(String table, String column) {
        return Optional.empty();
    }

    /** Whether a validated {@code CHECK (column IS NOT NULL)} is on the table. */
    default boolean hasValidatedNotNullCheck(String table, String column) {
        return false;
    }
}
