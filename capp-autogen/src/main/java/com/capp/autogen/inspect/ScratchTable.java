package com.capp.autogen.inspect;

import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One temporary table that hosts the questions of several target tables. Why share: creating a
 * temporary table costs a few milliseconds on the server (catalog rows, a file), so one per target
 * table made 2,000 tables take 8 s to spell; shared, 32 to a scratch table, 0.5 s. Tables can share
 * when every column they have in common has the same type, and every default asked on a common
 * column is the same text: an expression then sees the column types it would see in its own table,
 * so PostgreSQL spells it the same. A column type the server refuses fails the whole scratch table,
 * whose texts then all fall back to the string rules.
 */
final class ScratchTable {

    /** PostgreSQL allows 1,600 columns; staying well below keeps each CREATE cheap. */
    private static final int MAX_COLUMNS = 400;
    /**
     * Each constraint or index added to a table costs more the more it already has (2,000 checks on
     * one scratch table took 10 s, against 0.7 s for 500): sharing stops at a few dozen tables.
     */
    private static final int MAX_HOSTED_TABLES = 32;

    private final String name;
    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private int hostedTables;

    ScratchTable(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** Takes the table's columns and asked defaults if they fit; false (and unchanged) if not. */
    boolean tryHost(Table table, Map<String, String> askedDefaults) {
        long added = table.columns().stream().filter(c -> !types.containsKey(c.name())).count();
        boolean fits = hostedTables < MAX_HOSTED_TABLES && types.size() + added <= MAX_COLUMNS
                && table.columns().stream().allMatch(c -> types.getOrDefault(c.name(), c.type()).equals(c.type()))
                && askedDefaults.entrySet().stream()
                        .allMatch(d -> Objects.equals(defaults.getOrDefault(d.getKey(), d.getValue()), d.getValue()));
        if (fits) {
            table.columns().forEach(c -> types.putIfAbsent(c.name(), c.type()));
            defaults.putAll(askedDefaults);
            hostedTables++;
        }
        return fits;
    }

    /** CREATE TEMP TABLE, then one SET DEFAULT per asked default. */
    List<String> statements() {
        List<String> statements = new java.util.ArrayList<>();
        statements.add("CREATE TEMP TABLE " + name + " (" + String.join(", ",
                types.entrySet().stream().map(e -> quote(e.getKey()) + " " + e.getValue()).toList()) + ")");
        defaults.forEach((column, text) -> statements.add("ALTER TABLE " + name + " ALTER COLUMN " + quote(column)
                + " SET DEFAULT " + text));
        return statements;
    }

    /** A column any predicate index can be built on. */
    String anyColumn(Table table) {
        Column first = table.columns().get(0);
        return quote(first.name());
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
