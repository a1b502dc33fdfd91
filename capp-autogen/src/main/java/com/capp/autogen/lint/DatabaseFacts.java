package com.capp.autogen.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Table facts read once from the catalog of a live database: row estimates ({@code reltuples},
 * as fresh as the last ANALYZE), total sizes, column types and validated NOT NULL checks.
 */
public final class DatabaseFacts implements TableFacts {

    private static final String TABLES = """
            SELECT CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || c.relname,
                   c.reltuples::bigint, pg_size_pretty(pg_total_relation_size(c.oid))
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg_toast%'""";
    private static final String COLUMNS = """
            SELECT CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || c.relname,
                   a.attname, format_type(a.atttypid, a.atttypmod)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'""";
    private static final String NOT_NULL_CHECKS = """
            SELECT CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || c.relname,
                   lower(pg_get_constraintdef(k.oid))
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE k.contype = 'c' AND k.convalidated""";

    private final Map<String, String> sizes = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();
    private final Set<String> notNullChecks = new HashSet<>();

    private DatabaseFacts() {
    }

    public static DatabaseFacts read(Connection connection) throws SQLException {
        DatabaseFacts facts = new DatabaseFacts();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(TABLES)) {
                while (rows.next()) {
                    long estimate = rows.getLong(2);
                    String count = estimate < 0 ? "row count unknown (never analyzed)"
                            : String.format(java.util.Locale.ROOT, "~%,d rows", estimate);
                    facts.sizes.put(rows.getString(1), count + ", " + rows.getString(3));
                }
            }
            try (ResultSet rows = statement.executeQuery(COLUMNS)) {
                while (rows.next()) {
                    facts.types.put(rows.getString(1) + "." + rows.getString(2), rows.getString(3));
                }
            }
            try (ResultSet rows = statement.executeQuery(NOT_NULL_CHECKS)) {
                while (rows.next()) {
                    var m = java.util.regex.Pattern.compile("^check \\(\\(?\"?(\\w+)\"? is not null\\)?\\)$")
                            .matcher(rows.getString(2));
                    if (m.matches()) {
                        facts.notNullChecks.add(rows.getString(1) + "." + m.group(1));
                    }
                }
            }
        }
        return facts;
    }

    @Override
    public boolean fromDatabase() {
        return true;
    }

    @Override
    public boolean exists(String table) {
        return sizes.containsKey(table);
    }

    @Override
    public Optional<String> size(String table) {
        return Optional.ofNullable(sizes.get(table));
    }

    @Override
    public Optional<String> columnType(String table, String column) {
        return Optional.ofNullable(types.get(table + "." + column));
    }

    @Override
    public boolean hasValidatedNotNullCheck(String table, String column) {
        return notNullChecks.contains(table + "." + column);
    }
}
