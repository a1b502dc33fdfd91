package com.capp.autogen.schema;

import java.util.Objects;

/**
 * A table column. {@code type} is PostgreSQL's canonical spelling ({@code format_type}), e.g.
 * {@code character varying(255)}; {@code defaultExpression} is the server default as SQL text
 * (null when there is none); identity columns carry no default. {@code generatedExpression} is the
 * expression of a stored generated column ({@code GENERATED ALWAYS AS (...) STORED}), null for an
 * ordinary column; PostgreSQL keeps it where it keeps defaults, so a generated column has no default.
 */
public record Column(String name, String type, boolean nullable, String defaultExpression,
                     Identity identity, String comment, String generatedExpression) implements java.io.Serializable {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
        defaultExpression = blankToNull(defaultExpression);
        comment = blankToNull(comment);
        generatedExpression = blankToNull(generatedExpression);
        if (generatedExpression != null && (defaultExpression != null || identity != Identity.NONE)) {
            throw new IllegalArgumentException("generated column " + name + " cannot have a default or identity");
        }
    }

    /** An ordinary (not generated) column. */
    public Column(String name, String type, boolean nullable, String defaultExpression, Identity identity, String comment) {
        this(name, type, nullable, defaultExpression, identity, comment, null);
    }

    public static Column of(String name, String type) {
        return new Column(name, type, true, null, Identity.NONE, null);
    }

    public boolean isGenerated() {
        return generatedExpression != null;
    }

    public Column withType(String newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, comment, generatedExpression);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, comment, generatedExpression);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, comment, generatedExpression);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, comment, generatedExpression);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, newComment, generatedExpression);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, comment, generatedExpression);
    }

    /** A stored generated column computed by {@code expression} (SQL); null makes it ordinary. */
    public Column withGeneratedExpression(String expression) {
        return new Column(name, type, nullable, defaultExpression, identity, comment, expression);
    }

    static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
