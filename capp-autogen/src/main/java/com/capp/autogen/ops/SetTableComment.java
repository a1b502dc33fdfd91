package com.capp.autogen.ops;

import com.capp.autogen.schema.QualifiedName;

/** Sets (or, with null, removes) a table comment; {@code from} is the comment replaced. */
public record SetTableComment(QualifiedName table, String from, String to) implements Operation {

    @Override
    public Operation reverse() {
        return new SetTableComment(table, to, from);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitSetTableComment(this);
    }
}
