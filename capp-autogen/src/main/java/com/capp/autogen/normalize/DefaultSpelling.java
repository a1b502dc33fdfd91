package com.capp.autogen.normalize;

import java.util.Locale;
import java.util.Objects;

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
        return timestampFunction(ExpressionSpelling.canonical(defaultExpression));
    }

    /**
     * Equal texts, or two spellings of the transaction's start time (PostgreSQL keeps whichever
     * spelling it was given, though the documentation calls them equivalent).
     */
    static boolean sameTimestampFunction(String a, String b) {
        return Objects.equals(a, b) || a != null && b != null
                && timestampFunction(a.trim()).equals(timestampFunction(b.trim()));
    }

    private static String timestampFunction(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "current_timestamp", "transaction_timestamp()" -> "now()";
            default -> text;
        };
    }
}
