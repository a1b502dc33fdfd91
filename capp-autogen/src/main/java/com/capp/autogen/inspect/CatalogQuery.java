package com.capp.autogen.inspect;

import com.capp.autogen.schema.QualifiedName;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs one catalog query over all inspected schemas (bound as {@code ?::text[]}) and maps its rows. */
final class CatalogQuery {

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private CatalogQuery() {
    }

    static <T> List<T> run(Connection connection, String sql, List<String> schemas, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        }
    }

    /**
     * Runs a query whose first two columns are a table's schema and name, and groups the mapped rows
     * by table, in the order the query returns them.
     */
    static <T> Map<QualifiedName, List<T>> byTable(Connection connection, String sql, List<String> schemas,
                                                   RowMapper<T> mapper) throws SQLException {
        Map<QualifiedName, List<T>> byTable = new HashMap<>();
        run(connection, sql, schemas, row -> {
            QualifiedName table = new QualifiedName(row.getString(1), row.getString(2));
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(mapper.map(row));
            return table;
        });
        return byTable;
    }

    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
