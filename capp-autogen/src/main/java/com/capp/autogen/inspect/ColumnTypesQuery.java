package com.capp.autogen.inspect;

import com.capp.autogen.schema.Identity;
import com.capp.autogen.schema.QualifiedName;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Column types as {@code format_type} spells them, and identity. Why a query: JDBC (and so
 * SchemaCrawler) reports {@code varchar} + size, {@code int4}, {@code timestamp} + a "size" of 29,
 * from which PostgreSQL's own spelling can only be guessed; and it does not report identity at all.
 */
final class ColumnTypesQuery {

    record ColumnFacts(String type, Identity identity) {
    }

    private static final String SQL = """
            SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attidentity
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            """;

    private ColumnTypesQuery() {
    }

    /** Table -> column name -> facts. */
    static Map<QualifiedName, Map<String, ColumnFacts>> run(Connection connection, List<String> schemas)
            throws SQLException {
        Map<QualifiedName, Map<String, ColumnFacts>> byTable = new HashMap<>();
        CatalogQuery.run(connection, SQL, schemas, row -> {
            QualifiedName table = new QualifiedName(row.getString(1), row.getString(2));
            byTable.computeIfAbsent(table, t -> new HashMap<>())
                    .put(row.getString(3), new ColumnFacts(row.getString("type"), identity(row.getString(5))));
            return table;
        });
        return byTable;
    }

    private static Identity identity(String code) {
        return switch (code == null ? "" : code) {
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> Identity.NONE;
        };
    }
}
