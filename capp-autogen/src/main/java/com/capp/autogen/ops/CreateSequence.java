package com.capp.autogen.ops;

import com.capp.autogen.schema.Sequence;

/** Creates a standalone sequence. */
public record CreateSequence(Sequence sequence) implements Operation {

    @Override
    public Operation reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateSequence(this);
    }
}
