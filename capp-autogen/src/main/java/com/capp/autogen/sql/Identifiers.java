package com.capp.autogen.sql;

import com.capp.autogen.schema.QualifiedName;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes identifiers exactly when PostgreSQL needs it (as its {@code quote_ident} does): names
 * that are not lower-case simple words, or that are keywords other than unreserved ones.
 */
public final class Identifiers {

    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_]*");

    /** PostgreSQL's reserved, type/function-name and column-name keywords (pg_get_keywords, catcode <> 'U'). */
    private static final Set<String> KEYWORDS = Set.of((
            "all analyse analyze and any array as asc asymmetric both case cast check collate column "
            + "constraint create current_catalog current_date current_role current_time current_timestamp "
            + "current_user default deferrable desc distinct do else end except false fetch for foreign from "
            + "grant group having in initially intersect into lateral leading limit localtime localtimestamp "
            + "not null offset on only or order placing primary references returning select session_user some "
            + "symmetric table then to trailing true union unique user using variadic when where window with "
            + "authorization binary collation concurrently cross current_schema freeze full ilike inner is "
            + "isnull join left like natural notnull outer overlaps right similar tablesample verbose "
            + "between bigint bit boolean char character coalesce dec decimal exists extract float greatest "
            + "grouping inout int integer interval json json_array json_arrayagg json_object json_objectagg "
            + "json_scalar json_serialize least national nchar none normalize nullif numeric out overlay "
            + "position precision real row setof smallint substring time timestamp treat trim values varchar "
            + "xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot "
            + "xmlserialize xmltable").split(" "));

    private Identifiers() {
    }

    public static String quote(String name) {
        if (SIMPLE.matcher(name).matches() && !KEYWORDS.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, with each part quoted as needed; the schema is always written. */
    public static String qualified(QualifiedName name) {
        return quote(name.schema()) + "." + quote(name.name());
    }

    /** An SQL string literal: {@code 'it''s'}; null becomes {@code NULL}. */
    public static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }
}
