package com.capp.autogen.normalize;

import com.capp.autogen.normalize.ServerSpellings.Place;
import com.capp.autogen.schema.QualifiedName;

import java.util.Optional;
import java.util.Set;

/**
 * Compares expressions the way PostgreSQL spells them. The database side was deparsed by the
 * server; the target's text was deparsed by the same server in a scratch table with the target's
 * column types ({@link ServerSpellings}), so the two are compared exactly: {@code amount > 0} and
 * {@code ((amount > (0)::numeric))} are the same, {@code (a + b) * c} and {@code a + b * c} are not
 * (the string rules, which drop grouping parentheses, cannot tell them apart). A text the server
 * did not spell falls back to the string rules. Identical texts are always the same: deparsed text
 * is not always a fixed point (an {@code IN} list comes back as {@code = ANY (ARRAY[...])}, which
 * re-parses to a differently cast array), so a database compared with a copy of itself must not
 * depend on a second round of spelling. {@code now()} and {@code CURRENT_TIMESTAMP} stay one
 * default: PostgreSQL documents them as the same function but keeps the spelling it was given.
 */
public final class ServerSpelledEquivalence implements ExpressionEquivalence {

    private final ServerSpellings spellings;
    private final ExpressionEquivalence fallback;
    private final QualifiedName table;
    private final String column;

    public ServerSpelledEquivalence(ServerSpellings spellings, ExpressionEquivalence fallback) {
        this(spellings, fallback, null, null);
    }

    private ServerSpelledEquivalence(ServerSpellings spellings, ExpressionEquivalence fallback, QualifiedName table,
                                     String column) {
        this.spellings = spellings;
        this.fallback = fallback;
        this.table = table;
        this.column = column;
    }

    @Override
    public ExpressionEquivalence at(QualifiedName table, String column) {
        return new ServerSpelledEquivalence(spellings, fallback, table, column);
    }

    @Override
    public boolean sameType(String current, String target) {
        return fallback.sameType(current, target);
    }

    @Override
    public boolean sameDefault(String current, String target) {
        return current.equals(target) || spelled(column, target)
                .map(texts -> texts.stream().anyMatch(t -> DefaultSpelling.sameTimestampFunction(t, current)))
                .orElseGet(() -> fallback.sameDefault(current, target));
    }

    @Override
    public boolean sameExpression(String current, String target) {
        return current.equals(target) || spelled(null, target).map(texts -> texts.contains(current))
                .orElseGet(() -> fallback.sameExpression(current, target));
    }

    private Optional<Set<String>> spelled(String columnName, String modelText) {
        return table == null ? Optional.empty() : spellings.of(new Place(table, columnName, modelText));
    }
}
