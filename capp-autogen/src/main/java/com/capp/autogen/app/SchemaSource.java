package com.capp.autogen.app;

import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.schema.Schema;

import java.util.List;

/**
 * One side of a diff: a live database, the entities, or the migrations replayed into the embedded
 * dev database. Every source yields the same neutral {@link Schema}, so compare never knows which it got.
 */
public interface SchemaSource extends AutoCloseable {

    /**
     * Starts, in the background, what loading this source will wait for (the dev database and its
     * replay), so that it overlaps the other side's loading. {@link #load} then waits for it and
     * reports its failure. Most sources have nothing to start.
     */
    default void prepare() {
    }

    /**
     * @param alsoSchemas non-default schemas the other side uses, which a database source must read
     *                    too so it can tell "missing" from "not looked at"
     */
    Schema load(List<String> alsoSchemas);

    /** Everything this source holds, as the target of a diff (a database: every user schema). */
    default Schema loadAll() {
        return load(List.of());
    }

    /**
     * How to compare this side's expressions ({@code current}, as this source loaded it) with the
     * target's: a database asks PostgreSQL to spell the target's; other sources use the string rules.
     */
    default ExpressionEquivalence equivalenceFor(Schema current, Schema target) {
        return ExpressionEquivalence.postgres();
    }

    /** For messages: {@code model}, {@code postgresql://localhost/capp}. */
    String describe();

    /** Releases what the source started (the dev database); most sources hold nothing. */
    @Override
    default void close() {
    }
}
