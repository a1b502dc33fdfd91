package com.capp.autogen.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static com.capp.autogen.sql.Identifiers.literal;
import static com.capp.autogen.sql.Identifiers.quote;

/**
 * Alembic's version table, byte for byte: {@code version_num varchar(32)} with primary key
 * {@code <table>_pkc}, one row per head. A database Alembic migrated is therefore read as is.
 */
public final class VersionTable {

    private final String table;

    public VersionTable(String table) {
        this.table = table;
    }

    public String name() {
        return table;
    }

    public String createSql() {
        return "CREATE TABLE " + quote(table) + " (\n    version_num VARCHAR(32) NOT NULL, \n    CONSTRAINT "
                + quote(table + "_pkc") + " PRIMARY KEY (version_num)\n)";
    }

    public boolean exists(Connection connection) throws SQLException {
        return existsNamed(connection, quote(table));
    }

    /** Whether a table exists; {@code sqlName} as SQL spells it (quoted, maybe qualified). */
    static boolean existsNamed(Connection connection, String sqlName) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, sqlName);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** The heads recorded; empty when the table does not exist yet. */
    public List<String> heads(Connection connection) throws SQLException {
        List<String> heads = new ArrayList<>();
        if (!exists(connection)) {
            return heads;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version_num FROM " + quote(table) + " ORDER BY 1")) {
            while (rows.next()) {
                heads.add(rows.getString(1));
            }
        }
        return heads;
    }

    /** {@code stamp --purge}: every row goes, whatever it names. */
    public String purgeSql() {
        return "DELETE FROM " + quote(table);
    }

    /** Alembic's last statement of a downgrade to base in --sql mode, so the head script can run again. */
    public String dropSql() {
        return "DROP TABLE " + quote(table);
    }

    /** The statements (Alembic's own) that turn the rows {@code before} into {@code after}. */
    public List<String> updateSql(List<String> before, List<String> after) {
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        List<String> sql = new ArrayList<>();
        while (!removed.isEmpty() && !added.isEmpty()) {
            sql.add("UPDATE " + quote(table) + " SET version_num=" + literal(added.remove(0)) + " WHERE "
                    + quote(table) + ".version_num = " + literal(removed.remove(0)));
        }
        removed.forEach(r -> sql.add("DELETE FROM " + quote(table) + " WHERE " + quote(table)
                + ".version_num = " + literal(r)));
        added.forEach(a -> sql.add("INSERT INTO " + quote(table) + " (version_num) VALUES (" + literal(a) + ")"));
        return sql;
    }
}
