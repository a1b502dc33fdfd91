package com.capp.autogen.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spelling a developer writes in a migration for PostgreSQL's canonical type names
 * ({@code character varying(20)} → {@code varchar(20)}). Only exact synonyms are shortened, so
 * the database stores the same type either way.
 */
final class ShortTypeNames {

    private static final Pattern TIMESTAMP =
            Pattern.compile("(timestamp|time)(\\(\\d+\\))? (without|with) time zone(\\[])?");

    private ShortTypeNames() {
    }

    static String of(String canonical) {
        String type = canonical.replace("character varying", "varchar");
        if (type.startsWith("character")) {
            type = "char" + type.substring("character".length());
        }
        Matcher m = TIMESTAMP.matcher(type);
        if (m.matches()) {
            String precision = m.group(2) == null ? "" : m.group(2);
            type = m.group(1) + (m.group(3).equals("with") ? "tz" : "") + precision + (m.group(4) == null ? "" : "[]");
        }
        return type;
    }
}
