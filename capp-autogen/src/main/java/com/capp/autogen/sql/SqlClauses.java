package com.capp.autogen.sql;

import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.ForeignKeyAction;
import com.capp.autogen.schema.Identity;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.UniqueConstraint;

import java.util.List;
import java.util.stream.Collectors;

import static com.capp.autogen.sql.Identifiers.literal;
import static com.capp.autogen.sql.Identifiers.qualified;
import static com.capp.autogen.sql.Identifiers.quote;

/** The pieces statements are made of: column definitions, constraint and index clauses, literals. */
final class SqlClauses {

    private SqlClauses() {
    }

    static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
        if (column.isGenerated()) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        } else if (column.identity() != Identity.NONE) {
            sql.append(" GENERATED ").append(column.identity().sql()).append(" AS IDENTITY");
        } else if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    static String alterTable(QualifiedName table) {
        return "ALTER TABLE " + qualified(table) + " ";
    }

    static String columnComment(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + qualified(table) + "." + quote(column) + " IS " + literal(comment);
    }

    static String tableComment(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + qualified(table) + " IS " + literal(comment);
    }

    static String dropConstraint(QualifiedName table, String name) {
        return alterTable(table) + "DROP CONSTRAINT " + quote(name);
    }

    static String notValid(boolean notValid) {
        return notValid ? " NOT VALID" : "";
    }

    static String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    static String primaryKey(PrimaryKey pk) {
        return constraintName(pk.name()) + "PRIMARY KEY " + columnList(pk.columns());
    }

    static String unique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "UNIQUE " + columnList(unique.columns());
    }

    static String check(CheckConstraint check) {
        return constraintName(check.name()) + "CHECK (" + check.expression() + ")";
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder sql = new StringBuilder(constraintName(fk.name()))
                .append("FOREIGN KEY ").append(columnList(fk.columns()))
                .append(" REFERENCES ").append(qualified(fk.referencedTable()))
                .append(columnList(fk.referencedColumns()));
        if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.deferrable()) {
            sql.append(" DEFERRABLE").append(fk.initiallyDeferred() ? " INITIALLY DEFERRED" : "");
        }
        return sql.toString();
    }

    static String createIndex(QualifiedName table, Index index, boolean concurrently) {
        String keys = index.keys().stream().map(SqlClauses::indexKey).collect(Collectors.joining(", "));
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
                + quote(index.name()) + " ON " + qualified(table)
                + (Index.DEFAULT_METHOD.equals(index.method()) ? "" : " USING " + index.method())
                + " (" + keys + ")" + (index.where() == null ? "" : " WHERE " + index.where());
    }

    static String indexKey(IndexKey key) {
        String text = key.expression() ? "(" + key.text() + ")" : quote(key.text());
        return key.descending() ? text + " DESC" : text;
    }

    static String columnList(List<String> columns) {
        return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    static String value(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return literal(value.toString());
    }
}
