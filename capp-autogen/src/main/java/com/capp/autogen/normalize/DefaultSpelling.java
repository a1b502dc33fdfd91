package com.capp.autogen.normalize;

import java.util.Locale;

/**
 * Canonical form of a server default. PostgreSQL stores a literal default with the column's type
 * as a cast ({@code 'pending'::character varying}, {@code '0'::numeric}), while models write the
 * bare literal ({@code 'pending'}, {@code 0}); {@code CURRENT_TIMESTAMP} and {@code now()} are one
 * function. After that, the expression rules apply.
 */
public final class DefaultSpelling {

    private DefaultSpelling() {
    }

    public static String canonical(String defaultExpression) {
        if (defaultExpression == null) {
            return null;
        }
        String text = ExpressionSpelling.canonical(defaultExpression);
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "current_timestamp", "transaction_timestamp()" -> "now()";
            default -> text;
        };
    }
}
