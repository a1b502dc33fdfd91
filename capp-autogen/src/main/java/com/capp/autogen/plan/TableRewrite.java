package com.capp.autogen.plan;

import com.capp.autogen.ops.AddColumn;
import com.capp.autogen.ops.AlterColumn;

import java.util.List;
import java.util.Locale;

/**
 * Changes PostgreSQL performs by rewriting the whole table under ACCESS EXCLUSIVE, so every read
 * and write waits for the rewrite: most type changes (int to bigint included: the values fit, the
 * bytes do not), and a new column whose default is volatile (a constant default is stored once).
 */
final class TableRewrite {

    /** Functions PostgreSQL marks volatile that defaults commonly call. */
    private static final List<String> VOLATILE = List.of("gen_random_uuid(", "uuid_generate_v", "clock_timestamp(",
            "random(", "timeofday(", "nextval(", "statement_timestamp(");

    private final TypeWidening widening = new TypeWidening();

    /** The rewrite note for {@code alter}, or null when PostgreSQL changes only the catalog. */
    String of(AlterColumn alter) {
        if (!alter.changes().contains(AlterColumn.Change.TYPE)
                || widening.keepsBytes(alter.from().type(), alter.to().type())) {
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
}
