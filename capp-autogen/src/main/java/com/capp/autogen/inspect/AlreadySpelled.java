package com.capp.autogen.inspect;

import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.Table;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The expression texts the current side of one table already holds. A target text found here is
 * equal as it stands, so PostgreSQL need not be asked to spell it.
 */
final class AlreadySpelled {

    private final Table current;
    private final Set<String> expressions = new HashSet<>();

    AlreadySpelled(Table current) {
        this.current = current;
        current.checks().forEach(c -> expressions.add(c.expression()));
        for (Index index : current.indexes()) {
            index.keys().stream().filter(IndexKey::expression).forEach(k -> expressions.add(k.text()));
            if (index.where() != null) {
                expressions.add(index.where());
            }
        }
    }

    boolean isDefault(Column target) {
        return current.column(target.name()).map(c -> Objects.equals(c.defaultExpression(), target.defaultExpression()))
                .orElse(false);
    }

    boolean isExpression(String text) {
        return expressions.contains(text);
    }
}
