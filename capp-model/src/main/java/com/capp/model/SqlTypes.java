package com.capp.model;

/**
 * Column definitions the reference schema uses but Hibernate would spell differently.
 * Hibernate maps LocalDateTime to {@code timestamp(6)} and long strings to {@code varchar};
 * the reference has plain {@code timestamp} (no precision) and {@code text}.
 */
final class SqlTypes {

    static final String TIMESTAMP = "timestamp";
    static final String TEXT = "text";

    private SqlTypes() {
    }
}
