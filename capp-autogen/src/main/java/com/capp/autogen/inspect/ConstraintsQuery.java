package com.capp.autogen.inspect;

import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.ForeignKeyAction;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.UniqueConstraint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Primary keys, unique constraints, foreign keys and checks in one query. Why a query: JDBC
 * metadata has no check constraints and no DEFERRABLE, and reports unique constraints only as
 * unique indexes (so a UNIQUE constraint and a unique index could not be told apart); SchemaCrawler's
 * richer levels fetch these one table at a time, which is what makes them slow on large schemas.
 */
final class ConstraintsQuery {

    private static final String SQL = """
            SELECT n.nspname, c.relname, co.conname, co.contype,
                   array(SELECT a.attname FROM unnest(co.conkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS columns,
                   rn.nspname AS ref_schema, rc.relname AS ref_table,
                   array(SELECT a.attname FROM unnest(co.confkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS ref_columns,
                   co.confdeltype, co.confupdtype, co.condeferrable, co.condeferred,
                   CASE WHEN co.contype = 'c' THEN pg_get_expr(co.conbin, co.conrelid) END AS check_expression
            FROM pg_constraint co
            JOIN pg_class c ON c.oid = co.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = co.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE n.nspname = ANY (?::text[]) AND c.relkind IN ('r', 'p') AND co.contype IN ('p', 'u', 'f', 'c')
            """;

    private ConstraintsQuery() {
    }

    static Map<QualifiedName, TableConstraints> run(Connection connection, List<String> schemas) throws SQLException {
        Map<QualifiedName, TableConstraints> byTable = new HashMap<>();
        CatalogQuery.run(connection, SQL, schemas, row -> {
            QualifiedName table = new QualifiedName(row.getString(1), row.getString(2));
            add(byTable.computeIfAbsent(table, t -> new TableConstraints()), row);
            return table;
        });
        return byTable;
    }

    private static void add(TableConstraints constraints, ResultSet row) throws SQLException {
        String name = row.getString("conname");
        List<String> columns = CatalogQuery.strings(row, "columns");
        switch (row.getString("contype")) {
            case "p" -> constraints.primaryKey = new PrimaryKey(name, columns);
            case "u" -> constraints.uniques.add(new UniqueConstraint(name, columns));
            case "c" -> constraints.checks.add(new CheckConstraint(name, row.getString("check_expression")));
            default -> constraints.foreignKeys.add(new ForeignKey(name, columns,
                    new QualifiedName(row.getString("ref_schema"), row.getString("ref_table")),
                    CatalogQuery.strings(row, "ref_columns"), action(row.getString("confdeltype")),
                    action(row.getString("confupdtype")), row.getBoolean("condeferrable"),
                    row.getBoolean("condeferred")));
        }
    }

    private static ForeignKeyAction action(String code) {
        return switch (code) {
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }
}
