package com.capp.autogen.ops;

import com.capp.autogen.schema.Sequence;

/** Drops a standalone sequence. */
public record DropSequence(Sequence sequence) implements Operation {

    @Override
    public Operation reverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropSequence(this);
    }
}
