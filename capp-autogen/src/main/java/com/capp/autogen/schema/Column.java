package com.capp.autogen.schema;

import java.util.Objects;

/**
 * A table column. {@code type} is PostgreSQL's canonical spelling ({@code format_type}), e.g.
 * {@code character varying(255)}; {@code defaultExpression} is the server default as SQL text
 * (null when there is none); identity columns carry no default.
 */
public record Column(String name, String type, boolean nullable, String defaultExpression,
                     Identity identity, String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
        defaultExpression = blankToNull(defaultExpression);
        comment = blankToNull(comment);
    }

    public static Column of(String name, String type) {
        return new Column(name, type, true, null, Identity.NONE, null);
    }

    public Column withType(String newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, comment);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, comment);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, newComment);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, comment);
    }

    static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
