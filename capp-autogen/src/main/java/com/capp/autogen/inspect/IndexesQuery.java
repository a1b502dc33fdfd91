package com.capp.autogen.inspect;

import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.QualifiedName;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes that do not back a constraint, with expression keys, DESC, access method and partial
 * predicate. Why a query: JDBC's getIndexInfo has no access method, spells expression keys
 * loosely, has no predicate and cannot tell constraint-backing indexes from the others.
 */
final class IndexesQuery {

    private static final String SQL = """
            SELECT n.nspname, c.relname, ic.relname AS index_name, i.indisunique, am.amname,
                   pg_get_expr(i.indpred, i.indrelid) AS predicate,
                   array(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, false)
                                     ELSE (SELECT a.attname FROM pg_attribute a
                                           WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]) END
                         FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS keys,
                   array(SELECT (i.indkey[k - 1] = 0)::text FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS is_expression,
                   array(SELECT ((i.indoption[k - 1] & 1) = 1)::text FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS is_desc
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_am am ON am.oid = ic.relam
            WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint co
                              WHERE co.conindid = i.indexrelid AND co.contype IN ('p', 'u', 'x'))
            """;

    private IndexesQuery() {
    }

    static Map<QualifiedName, List<Index>> run(Connection connection, List<String> schemas) throws SQLException {
        Map<QualifiedName, List<Index>> byTable = new HashMap<>();
        CatalogQuery.run(connection, SQL, schemas, row -> {
            QualifiedName table = new QualifiedName(row.getString(1), row.getString(2));
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(index(row));
            return table;
        });
        return byTable;
    }

    private static Index index(ResultSet row) throws SQLException {
        List<String> texts = CatalogQuery.strings(row, "keys");
        List<String> expression = CatalogQuery.strings(row, "is_expression");
        List<String> descending = CatalogQuery.strings(row, "is_desc");
        List<IndexKey> keys = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            keys.add(new IndexKey(texts.get(k), "true".equals(expression.get(k)), "true".equals(descending.get(k))));
        }
        return new Index(row.getString("index_name"), keys, row.getBoolean("indisunique"), row.getString("amname"),
                row.getString("predicate"));
    }
}
