package com.capp.autogen.schema;

/** How a column is an identity column: {@code GENERATED ALWAYS / BY DEFAULT AS IDENTITY}. */
public enum Identity {
    NONE, ALWAYS, BY_DEFAULT;

    /** The SQL words after {@code GENERATED}, or empty for {@link #NONE}. */
    public String sql() {
        return switch (this) {
            case NONE -> "";
            case ALWAYS -> "ALWAYS";
            case BY_DEFAULT -> "BY DEFAULT";
        };
    }
}
