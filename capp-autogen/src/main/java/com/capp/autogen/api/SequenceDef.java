package com.capp.autogen.api;

import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Sequence;

/**
 * A sequence with every option PostgreSQL has:
 * {@code sequence("order_numbers").as("integer").start(100).increment(5).cache(20).cycle()}.
 * Unset bounds are the type's (so {@code as("integer")} alone is valid), as in CREATE SEQUENCE.
 */
public final class SequenceDef {

    private final String name;
    private final String dataType;
    private final long start;
    private final long increment;
    private final Long minValue;
    private final Long maxValue;
    private final long cache;
    private final boolean cycle;

    SequenceDef(String name) {
        this(name, "bigint", 1, 1, null, null, 1, false);
    }

    private SequenceDef(String name, String dataType, long start, long increment, Long minValue, Long maxValue,
                        long cache, boolean cycle) {
        this.name = name;
        this.dataType = dataType;
        this.start = start;
        this.increment = increment;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.cache = cache;
        this.cycle = cycle;
    }

    /** {@code smallint}, {@code integer} or {@code bigint} (the default). */
    public SequenceDef as(String type) {
        return new SequenceDef(name, type, start, increment, minValue, maxValue, cache, cycle);
    }

    public SequenceDef start(long value) {
        return new SequenceDef(name, dataType, value, increment, minValue, maxValue, cache, cycle);
    }

    public SequenceDef increment(long value) {
        return new SequenceDef(name, dataType, start, value, minValue, maxValue, cache, cycle);
    }

    public SequenceDef minValue(long value) {
        return new SequenceDef(name, dataType, start, increment, value, maxValue, cache, cycle);
    }

    public SequenceDef maxValue(long value) {
        return new SequenceDef(name, dataType, start, increment, minValue, value, cache, cycle);
    }

    public SequenceDef cache(long value) {
        return new SequenceDef(name, dataType, start, increment, minValue, maxValue, value, cycle);
    }

    public SequenceDef cycle() {
        return new SequenceDef(name, dataType, start, increment, minValue, maxValue, cache, true);
    }

    public String name() {
        return name;
    }

    /** The sequence, named as given ({@code "audit.numbers"} is in schema audit). */
    public Sequence toSequence() {
        boolean ascending = increment > 0;
        long typeMax = switch (dataType) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long min = minValue != null ? minValue : ascending ? 1 : -typeMax - 1;
        long max = maxValue != null ? maxValue : ascending ? typeMax : -1;
        return new Sequence(QualifiedName.parse(name), dataType, start, increment, min, max, cache, cycle);
    }
}
