package com.capp.autogen.plan;

import com.capp.autogen.normalize.TypeSpelling;
import com.capp.autogen.ops.AddColumn;
import com.capp.autogen.ops.AlterColumn;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes PostgreSQL performs by rewriting the whole table under ACCESS EXCLUSIVE, so every read
 * and write waits for the rewrite: most type changes (int to bigint included: the values fit, the
 * bytes do not), and a new column whose default is volatile (a constant default is stored once).
 */
final class TableRewrite {

    private static final Pattern VARCHAR = Pattern.compile("character varying(?:\\((\\d+)\\))?");
    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+),(\\d+)\\))?");
    /** Functions PostgreSQL marks volatile that defaults commonly call. */
    private static final List<String> VOLATILE = List.of("gen_random_uuid(", "uuid_generate_v", "clock_timestamp(",
            "random(", "timeofday(", "nextval(", "statement_timestamp(");

    /** The rewrite note for {@code alter}, or null when PostgreSQL changes only the catalog. */
    String of(AlterColumn alter) {
        if (!alter.changes().contains(AlterColumn.Change.TYPE) || keepsBytes(alter.from().type(), alter.to().type())) {
            return null;
        }
        return "rewrites " + alter.table() + " (type " + alter.from().type() + " to " + alter.to().type()
                + ") under ACCESS EXCLUSIVE: reads and writes wait for the whole rewrite";
    }

    /** The rewrite note for {@code add}, or null when its default is constant (stored once, PostgreSQL 11+). */
    String of(AddColumn add) {
        String expression = add.column().defaultExpression();
        if (expression == null || VOLATILE.stream().noneMatch(expression.toLowerCase(Locale.ROOT)::contains)) {
            return null;
        }
        return "volatile default " + expression + " rewrites " + add.table() + " under ACCESS EXCLUSIVE; on a busy "
                + "table add the column without it, SET DEFAULT, then backfill in batches";
    }

    /** True when the new type stores every old value with the same bytes: no rewrite, no scan. */
    static boolean keepsBytes(String fromType, String toType) {
        String from = TypeSpelling.canonical(fromType);
        String to = TypeSpelling.canonical(toType);
        if (from.equals(to) || to.equals("text") && VARCHAR.matcher(from).matches()) {
            return true;
        }
        Matcher f = VARCHAR.matcher(from);
        Matcher t = VARCHAR.matcher(to);
        if (f.matches() && t.matches()) {
            return t.group(1) == null || f.group(1) != null && size(t, 1) >= size(f, 1);
        }
        f = NUMERIC.matcher(from);
        t = NUMERIC.matcher(to);
        return f.matches() && t.matches() && (t.group(1) == null
                || f.group(1) != null && size(t, 2) == size(f, 2) && size(t, 1) >= size(f, 1));
    }

    private static int size(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
