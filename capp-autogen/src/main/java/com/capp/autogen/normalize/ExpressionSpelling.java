package com.capp.autogen.normalize;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A last-resort canonical form of an SQL expression, for when PostgreSQL cannot be asked (model
 * against model, no TEMP privilege) and as the final comparison after it was asked. It undoes what
 * PostgreSQL's deparser changes: keyword and identifier case (string literals keep theirs), casts
 * ({@code (0)::numeric}), grouping parentheses ({@code ((n > 0) AND (n < 100))}), {@code !=} for
 * {@code <>}, {@code LIKE} for {@code ~~}, {@code IN (...)} for {@code = ANY (ARRAY[...])} and
 * {@code BETWEEN} for two comparisons. It can equate expressions that differ only in grouping, a
 * risk accepted because deparsed text is always fully parenthesised anyway.
 */
public final class ExpressionSpelling {

    private static final Pattern CAST = Pattern.compile("::\\s*(character varying|double precision|bit varying"
            + "|(timestamp|time)(\\(\\d+\\))? with(out)? time zone|\"?[a-z_][a-z0-9_.]*\"?)"
            + "(\\s*\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?(\\[\\])?");
    private static final Pattern QUOTED_IDENTIFIER = Pattern.compile("\"([a-z_][a-z0-9_]*)\"");
    private static final String OPERAND = "([a-z_][a-z0-9_.]*(?:\\([^()]*\\))?|-?\\d+(?:\\.\\d+)?|\\x01\\d+\\x02)";
    private static final Pattern NOT_BETWEEN = Pattern.compile(OPERAND + "\\s+not\\s+between\\s+" + OPERAND
            + "\\s+and\\s+" + OPERAND);
    private static final Pattern BETWEEN = Pattern.compile(OPERAND + "\\s+between\\s+" + OPERAND + "\\s+and\\s+" + OPERAND);

    private ExpressionSpelling() {
    }

    public static String canonical(String expression) {
        if (expression == null) {
            return null;
        }
        SqlLiterals literals = SqlLiterals.extract(expression.trim());
        String text = literals.text().toLowerCase(Locale.ROOT);
        text = QUOTED_IDENTIFIER.matcher(text).replaceAll("$1");
        text = CAST.matcher(text).replaceAll("");
        text = operators(text);
        text = NOT_BETWEEN.matcher(text).replaceAll("$1 < $2 or $1 > $3");
        text = BETWEEN.matcher(text).replaceAll("$1 >= $2 and $1 <= $3");
        text = InLists.asAnyArray(text);
        text = GroupingParentheses.remove(text);
        return literals.restore(text.replaceAll("\\s+", ""));
    }

    /** The operator names PostgreSQL prints for the SQL spellings. */
    private static String operators(String text) {
        return text.replace("!=", "<>")
                .replaceAll("\\bnot\\s+ilike\\b", " !~~* ")
                .replaceAll("\\bilike\\b", " ~~* ")
                .replaceAll("\\bnot\\s+like\\b", " !~~ ")
                .replaceAll("\\blike\\b", " ~~ ");
    }
}
