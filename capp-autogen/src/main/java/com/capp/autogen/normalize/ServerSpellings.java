package com.capp.autogen.normalize;

import com.capp.autogen.schema.QualifiedName;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How PostgreSQL itself spells the target's expressions, as read back from the server before the
 * diff: for a text the model wrote in one table (and column, for a default), the deparsed forms.
 * There can be two for one text: the same expression deparses with an extra pair of parentheses
 * as an index key ({@code pg_get_indexdef}) than as a check ({@code pg_get_expr}).
 */
public final class ServerSpellings {

    /** Where a model text was written: {@code column} is null for checks, index keys and predicates. */
    public record Place(QualifiedName table, String column, String modelText) {
    }

    private final Map<Place, Set<String>> spellings;

    private ServerSpellings(Map<Place, Set<String>> spellings) {
        this.spellings = spellings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The server's spellings of a model text, or empty when the server was not asked or refused it. */
    Optional<Set<String>> of(Place place) {
        return Optional.ofNullable(spellings.get(place));
    }

    public int size() {
        return spellings.size();
    }

    /** Collects spellings while the server's answer is read; {@link #build} freezes them. */
    public static final class Builder {

        private final Map<Place, Set<String>> spellings = new HashMap<>();

        public Builder add(Place place, String serverText) {
            spellings.computeIfAbsent(place, p -> new HashSet<>()).add(serverText);
            return this;
        }

        public ServerSpellings build() {
            Map<Place, Set<String>> frozen = new HashMap<>();
            spellings.forEach((place, texts) -> frozen.put(place, Set.copyOf(texts)));
            return new ServerSpellings(Map.copyOf(frozen));
        }
    }
}
