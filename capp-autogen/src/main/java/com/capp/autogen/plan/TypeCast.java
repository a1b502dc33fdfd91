package com.capp.autogen.plan;

import com.capp.autogen.normalize.TypeSpelling;
import com.capp.autogen.ops.AlterColumn;

import java.util.List;

import static com.capp.autogen.sql.Identifiers.quote;

/**
 * Type changes PostgreSQL has no assignment cast for (varchar to integer, text to uuid...): the
 * plain {@code ALTER COLUMN ... TYPE} fails on them, so they get {@code USING col::newtype}, as
 * Alembic's {@code postgresql_using}. Casts to strings and between numbers need none.
 */
final class TypeCast {

    private static final List<String> NUMBERS = List.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    private static final List<String> STRINGS = List.of("character varying", "text", "character");

    /** {@code alter} with a USING cast when its type change needs one; else {@code alter} itself. */
    static AlterColumn withUsing(AlterColumn alter) {
        if (alter.using() != null || !alter.changes().contains(AlterColumn.Change.TYPE)
                || !needsCast(alter.from().type(), alter.to().type())) {
            return alter;
        }
        return new AlterColumn(alter.table(), alter.from(), alter.to(), quote(alter.to().name()) + "::" + alter.to().type());
    }

    /** Why {@code alter} is written as it is, or null when it is the plain form. */
    static String why(AlterColumn alter) {
        return alter.using() == null ? null : "USING: PostgreSQL has no implicit cast from " + alter.from().type()
                + " to " + alter.to().type();
    }

    private static boolean needsCast(String fromType, String toType) {
        String from = base(fromType);
        String to = base(toType);
        return !from.equals(to) && !STRINGS.contains(to) && !(NUMBERS.contains(from) && NUMBERS.contains(to));
    }

    /** The type without its size or precision: {@code character varying(20)} → {@code character varying}. */
    private static String base(String type) {
        String canonical = TypeSpelling.canonical(type);
        int paren = canonical.indexOf('(');
        return paren < 0 ? canonical : canonical.substring(0, paren).trim();
    }

    private TypeCast() {
    }
}
