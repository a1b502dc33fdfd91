package com.capp.autogen.api;

import com.capp.autogen.schema.Identity;

import java.util.Optional;

/**
 * What {@link Op#alterColumn} changes; unset parts stay as they are. Server defaults and comments
 * are removed with {@link #dropServerDefault()} and {@link #dropComment()}.
 */
public record ColumnChange(Optional<String> type, Optional<String> using, Optional<Boolean> nullable,
                           Optional<Optional<String>> serverDefault, Optional<Identity> identity,
                           Optional<Optional<String>> comment) {

    public static ColumnChange change() {
        return new ColumnChange(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ColumnChange type(String newType) {
        return new ColumnChange(Optional.of(newType), using, nullable, serverDefault, identity, comment);
    }

    /** {@code ALTER ... TYPE t USING expression}, for conversions PostgreSQL cannot do implicitly. */
    public ColumnChange using(String expression) {
        return new ColumnChange(type, Optional.of(expression), nullable, serverDefault, identity, comment);
    }

    public ColumnChange nullable(boolean isNullable) {
        return new ColumnChange(type, using, Optional.of(isNullable), serverDefault, identity, comment);
    }

    public ColumnChange serverDefault(String sql) {
        return new ColumnChange(type, using, nullable, Optional.of(Optional.of(sql)), identity, comment);
    }

    public ColumnChange dropServerDefault() {
        return new ColumnChange(type, using, nullable, Optional.of(Optional.empty()), identity, comment);
    }

    public ColumnChange identity(Identity newIdentity) {
        return new ColumnChange(type, using, nullable, serverDefault, Optional.of(newIdentity), comment);
    }

    public ColumnChange comment(String text) {
        return new ColumnChange(type, using, nullable, serverDefault, identity, Optional.of(Optional.of(text)));
    }

    public ColumnChange dropComment() {
        return new ColumnChange(type, using, nullable, serverDefault, identity, Optional.of(Optional.empty()));
    }
}
