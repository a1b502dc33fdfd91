package com.capp.autogen.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static com.capp.autogen.sql.Identifiers.quote;

/**
 * Creates the version and audit tables only when they are missing: a role without CREATE on the
 * schema (PostgreSQL 15's default for new roles) can then run migrations once an owner created
 * them, and when it cannot, the error names the table and the grant it needs.
 */
final class BookkeepingTables {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private BookkeepingTables() {
    }

    /** Whether {@code table} is visible on the search path. */
    static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, quote(table));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    static void createIfMissing(Connection connection, String table, String createSql) throws SQLException {
        if (exists(connection, table)) {
            return;
        }
        try {
            new JdbcStatementSink(connection).run(createSql);
        } catch (StatementFailedException e) {
            if (!INSUFFICIENT_PRIVILEGE.equals(e.sqlState())) {
                throw e;
            }
            throw cannotCreate(connection, table, e);
        }
    }

    private static RuntimeFailure cannotCreate(Connection connection, String table, StatementFailedException e)
            throws SQLException {
        String schema;
        String role;
        try (var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_schema(), current_user")) {
            rows.next();
            schema = rows.getString(1);
            role = rows.getString(2);
        }
        return new RuntimeFailure("Cannot create the table " + table + " in schema " + schema + " (" + e.getMessage()
                + "): role " + role + " has no CREATE privilege there; nothing was run.",
                "As the schema's owner run `GRANT CREATE ON SCHEMA " + quote(schema) + " TO " + quote(role)
                        + ";`, or have a role that may create tables run this command once, then "
                        + "`GRANT SELECT, INSERT, UPDATE, DELETE ON " + quote(table) + " TO " + quote(role) + ";`.",
                e);
    }
}
