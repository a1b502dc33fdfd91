package com.capp.autogen.plan;

import com.capp.autogen.normalize.TypeSpelling;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type changes that keep every existing value: longer strings, larger numbers, text. Of those,
 * only longer strings and more numeric precision at the same scale also keep the stored bytes, so
 * PostgreSQL changes the catalog alone; the others (int to bigint) rewrite the table.
 */
final class TypeWidening {

    private static final Pattern VARCHAR = Pattern.compile("character varying(?:\\((\\d+)\\))?");
    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+),(\\d+)\\))?");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    boolean isWidening(String fromType, String toType) {
        String from = TypeSpelling.canonical(fromType);
        String to = TypeSpelling.canonical(toType);
        if (TypeSpelling.same(from, to) || to.equals("text") && VARCHAR.matcher(from).matches()) {
            return true;
        }
        Matcher f = VARCHAR.matcher(from);
        Matcher t = VARCHAR.matcher(to);
        if (f.matches() && t.matches()) {
            return t.group(1) == null || f.group(1) != null && size(t, 1) >= size(f, 1);
        }
        f = NUMERIC.matcher(from);
        t = NUMERIC.matcher(to);
        if (f.matches() && t.matches()) {
            return t.group(1) == null || f.group(1) != null && size(t, 2) >= size(f, 2)
                    && size(t, 1) - size(t, 2) >= size(f, 1) - size(f, 2);
        }
        int fromRank = INTEGERS.indexOf(from);
        int toRank = INTEGERS.indexOf(to);
        return fromRank >= 0 && toRank >= fromRank || from.equals("real") && to.equals("double precision");
    }

    /** True when PostgreSQL need not rewrite the table: a widening that keeps every value's bytes. */
    boolean keepsBytes(String fromType, String toType) {
        String from = TypeSpelling.canonical(fromType);
        String to = TypeSpelling.canonical(toType);
        Matcher f = NUMERIC.matcher(from);
        Matcher t = NUMERIC.matcher(to);
        boolean numerics = f.matches() && t.matches();
        if (numerics && t.group(1) != null && f.group(1) != null && size(t, 2) != size(f, 2)) {
            return false;
        }
        boolean sameFamily = from.equals(to) || numerics || VARCHAR.matcher(from).matches();
        return sameFamily && isWidening(fromType, toType);
    }

    private static int size(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
