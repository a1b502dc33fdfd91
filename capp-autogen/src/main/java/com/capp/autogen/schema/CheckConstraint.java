package com.capp.autogen.schema;

import java.util.Objects;

/** A CHECK constraint; {@code expression} is the boolean expression without the CHECK keyword. */
public record CheckConstraint(String name, String expression) implements java.io.Serializable {
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }
}
