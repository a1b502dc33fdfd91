package com.capp.autogen.schema;

import java.util.List;
import java.util.Objects;

/** A PostgreSQL enum type; label order matters. */
public record EnumType(QualifiedName name, List<String> labels) implements java.io.Serializable {
    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
    }
}
