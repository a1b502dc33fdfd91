package com.capp.autogen.normalize;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A last-resort canonical form of an SQL expression, for when PostgreSQL cannot be asked (model
 * against model) and as the final comparison after it was asked: whitespace, grouping parentheses
 * and casts are what PostgreSQL adds when it deparses ({@code ((amount > (0)::numeric))} for
 * {@code amount > 0}), so they are removed on both sides. It can equate expressions that differ
 * only in grouping, a risk accepted because deparsed text is always fully parenthesised anyway.
 */
public final class ExpressionSpelling {

    private static final Pattern CAST = Pattern.compile("::\\s*(character varying|double precision|bit varying"
            + "|(timestamp|time)(\\(\\d+\\))? with(out)? time zone|\"?[a-z_][a-z0-9_.]*\"?)"
            + "(\\s*\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?(\\[\\])?");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("'(-?\\d+(\\.\\d+)?)'");

    private ExpressionSpelling() {
    }

    public static String canonical(String expression) {
        if (expression == null) {
            return null;
        }
        String text = expression.trim().toLowerCase(Locale.ROOT);
        text = CAST.matcher(text).replaceAll("");
        text = QUOTED_NUMBER.matcher(text).replaceAll("$1");
        text = withoutGroupingParentheses(text);
        return text.replaceAll("\\s+", "");
    }

    /** Removes parentheses that group (not those of a function call), outside string literals. */
    static String withoutGroupingParentheses(String text) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> keep = new ArrayDeque<>();
        boolean inLiteral = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
            }
            if (!inLiteral && c == '(') {
                boolean call = endsWithIdentifier(out);
                keep.push(call);
                if (!call) {
                    continue;
                }
            } else if (!inLiteral && c == ')' && !keep.isEmpty() && !keep.pop()) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean endsWithIdentifier(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '"');
    }
}
