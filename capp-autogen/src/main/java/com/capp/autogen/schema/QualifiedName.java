package com.capp.autogen.schema;

import java.util.Comparator;
import java.util.Objects;

/** A schema-qualified object name, as PostgreSQL stores it (case-sensitive, unquoted). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName>, java.io.Serializable {

    public static final String DEFAULT_SCHEMA = "public";

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(name, "name");
        schema = schema == null || schema.isBlank() ? DEFAULT_SCHEMA : schema;
    }

    /** Parses {@code "schema.table"} or {@code "table"} (public schema). */
    public static QualifiedName parse(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? new QualifiedName(DEFAULT_SCHEMA, text)
                : new QualifiedName(text.substring(0, dot), text.substring(dot + 1));
    }

    public static QualifiedName of(String name) {
        return parse(name);
    }

    public boolean isDefaultSchema() {
        return DEFAULT_SCHEMA.equals(schema);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** {@code users} in the public schema, {@code audit.events} elsewhere. */
    @Override
    public String toString() {
        return isDefaultSchema() ? name : schema + "." + name;
    }
}
