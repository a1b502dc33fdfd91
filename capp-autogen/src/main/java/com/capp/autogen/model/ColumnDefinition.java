package com.capp.autogen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code @Column(columnDefinition = "text not null default 'none'")} as the parts PostgreSQL stores:
 * Hibernate writes the definition verbatim after the column name, so its {@code NOT NULL} and
 * {@code DEFAULT} are the column's, not part of its type. Other clauses (CHECK, UNIQUE,
 * REFERENCES ...) are refused: the column records cannot hold them.
 */
record ColumnDefinition(String type, Boolean notNull, String defaultExpression) {

    private static final Set<String> CLAUSES = Set.of("not", "null", "default", "check", "unique", "references",
            "primary", "generated", "collate", "constraint");
    private static final Set<String> SUPPORTED = Set.of("not", "null", "default");

    /** @param where the column, for the error */
    static ColumnDefinition parse(String definition, String where) {
        List<String> words = topLevelWords(definition);
        int clause = 1;
        while (clause < words.size() && !CLAUSES.contains(words.get(clause).toLowerCase(Locale.ROOT))) {
            clause++;
        }
        String type = String.join(" ", words.subList(0, Math.min(clause, words.size())));
        Boolean notNull = null;
        String defaultExpression = null;
        for (int i = clause; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(word)) {
                throw new ModelException(where + ": columnDefinition \"" + definition + "\" has a " + word.toUpperCase(Locale.ROOT)
                        + " clause, which capp-autogen cannot compare; declare it with @Check / unique / a relation, or keep "
                        + "only the type, NOT NULL and DEFAULT in columnDefinition");
            }
            if (word.equals("not")) {
                notNull = true;
                i++; // "null"
            } else if (word.equals("null")) {
                notNull = false;
            } else {
                int end = i + 1;
                while (end < words.size() && !CLAUSES.contains(words.get(end).toLowerCase(Locale.ROOT))) {
                    end++;
                }
                defaultExpression = String.join(" ", words.subList(i + 1, end));
                i = end - 1;
            }
        }
        return new ColumnDefinition(type, notNull, defaultExpression);
    }

    /** Words split at whitespace outside quotes and parentheses: {@code numeric(10, 2)} stays one word. */
    private static List<String> topLevelWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        int depth = 0;
        for (char c : text.trim().toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (Character.isWhitespace(c) && depth == 0) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.append(c);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
