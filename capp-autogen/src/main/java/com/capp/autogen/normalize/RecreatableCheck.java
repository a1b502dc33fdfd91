package com.capp.autogen.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CHECK expression as PostgreSQL prints it is not always what it prints again when re-created:
 * {@code state IN ('A','B')} on a varchar column (Hibernate's check of an {@code @Enumerated(STRING)})
 * prints as {@code ((state)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}, which
 * re-parses to an equivalent but differently printed expression. The downgrade of a migration that
 * drops or replaces such a check must restore the previous catalog exactly, so it re-creates the
 * check from the source form that prints as the original.
 */
public final class RecreatableCheck {

    private static final Pattern VARCHAR_IN = Pattern.compile(
            "\\(\\((\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\)::text = ANY \\(\\(ARRAY\\[(.*)\\]\\)::text\\[\\]\\)\\)");
    private static final Pattern VARCHAR_LITERAL = Pattern.compile("('(?:[^']|'')*')::character varying");
    private static final Pattern LITERAL_LIST = Pattern.compile(
            "'(?:[^']|'')*'::character varying(?:, '(?:[^']|'')*'::character varying)*");

    private RecreatableCheck() {
    }

    public static String sourceOf(String printed) {
        Matcher in = VARCHAR_IN.matcher(printed);
        if (!in.matches() || !LITERAL_LIST.matcher(in.group(2)).matches()) {
            return printed;
        }
        return "(" + in.group(1) + " IN (" + VARCHAR_LITERAL.matcher(in.group(2)).replaceAll("$1") + "))";
    }
}
