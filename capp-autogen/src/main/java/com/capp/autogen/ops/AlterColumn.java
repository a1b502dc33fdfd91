package com.capp.autogen.ops;

import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.QualifiedName;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Changes a column's type, nullability, default, identity or comment: {@code from} is the state replaced, {@code to} the state wanted, {@code using} an optional USING expression for the type change. */
public record AlterColumn(QualifiedName table, Column from, Column to, String using) implements Operation {

    /** What this alteration changes, in the order the SQL applies it. */
    public enum Change { TYPE, DEFAULT, NULLABLE, IDENTITY, COMMENT }

    public Set<Change> changes() {
        Set<Change> changes = EnumSet.noneOf(Change.class);
        if (!from.type().equals(to.type()) || using != null) changes.add(Change.TYPE);
        if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) changes.add(Change.DEFAULT);
        if (from.nullable() != to.nullable()) changes.add(Change.NULLABLE);
        if (from.identity() != to.identity()) changes.add(Change.IDENTITY);
        if (!Objects.equals(from.comment(), to.comment())) changes.add(Change.COMMENT);
        return changes;
    }

    @Override
    public Operation reverse() {
        return new AlterColumn(table, to, from, null);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }
}
