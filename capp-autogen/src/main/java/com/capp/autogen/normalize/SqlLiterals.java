package com.capp.autogen.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string literals of an expression, set aside so the spelling rules (case, whitespace,
 * parentheses) never touch what is inside quotes: {@code 'A b'} stays {@code 'A b'}. Each literal
 * becomes a placeholder {@code \u0001N\u0002}; a quoted number ({@code '0'::numeric}) becomes the
 * bare number, as models write it.
 */
final class SqlLiterals {

    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\x01(\\d+)\\x02");
    private static final Pattern NUMBER = Pattern.compile("'(-?\\d+(\\.\\d+)?)'");

    private final String text;
    private final List<String> literals;

    private SqlLiterals(String text, List<String> literals) {
        this.text = text;
        this.literals = literals;
    }

    static SqlLiterals extract(String expression) {
        List<String> literals = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher m = LITERAL.matcher(expression);
        while (m.find()) {
            Matcher number = NUMBER.matcher(m.group());
            String replacement = number.matches() ? number.group(1) : "\u0001" + literals.size() + "\u0002";
            if (!number.matches()) {
                literals.add(m.group());
            }
            m.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(text);
        return new SqlLiterals(text.toString(), literals);
    }

    /** The expression with placeholders where its literals were. */
    String text() {
        return text;
    }

    String restore(String withPlaceholders) {
        return PLACEHOLDER.matcher(withPlaceholders)
                .replaceAll(m -> Matcher.quoteReplacement(literals.get(Integer.parseInt(m.group(1)))));
    }
}
