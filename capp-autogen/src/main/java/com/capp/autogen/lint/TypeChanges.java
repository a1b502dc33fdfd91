package com.capp.autogen.lint;

import com.capp.autogen.normalize.TypeSpelling;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which {@code ALTER COLUMN ... TYPE} changes PostgreSQL makes without rewriting the table: a
 * longer or unlimited varchar, varchar to text, more numeric precision at the same scale.
 * (integer to bigint keeps every value but does rewrite.)
 */
final class TypeChanges {

    private static final Pattern VARCHAR = Pattern.compile("character varying(?:\\((\\d+)\\))?");
    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+),(\\d+)\\))?");

    boolean rewriteFree(String fromType, String toType) {
        String from = TypeSpelling.canonical(fromType);
        String to = TypeSpelling.canonical(toType);
        if (from.equals(to)) {
            return true;
        }
        Matcher f = VARCHAR.matcher(from);
        Matcher t = VARCHAR.matcher(to);
        boolean fromString = f.matches() || from.equals("text");
        if (fromString && (to.equals("text") || t.matches() && t.group(1) == null)) {
            return true;
        }
        if (f.matches() && t.matches()) {
            return f.group(1) != null && Integer.parseInt(t.group(1)) >= Integer.parseInt(f.group(1));
        }
        f = NUMERIC.matcher(from);
        t = NUMERIC.matcher(to);
        if (f.matches() && t.matches()) {
            return t.group(1) == null || f.group(1) != null && t.group(2).equals(f.group(2))
                    && Integer.parseInt(t.group(1)) >= Integer.parseInt(f.group(1));
        }
        return false;
    }

    /** varchar(n) to a shorter varchar(m), or text / unlimited varchar to varchar(m). */
    boolean narrowsVarchar(String fromType, String toType) {
        String from = TypeSpelling.canonical(fromType);
        Matcher t = VARCHAR.matcher(TypeSpelling.canonical(toType));
        if (!t.matches() || t.group(1) == null) {
            return false;
        }
        Matcher f = VARCHAR.matcher(from);
        if (from.equals("text") || f.matches() && f.group(1) == null) {
            return true;
        }
        return f.matches() && Integer.parseInt(t.group(1)) < Integer.parseInt(f.group(1));
    }
}
