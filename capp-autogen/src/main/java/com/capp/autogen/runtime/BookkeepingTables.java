package com.capp.autogen.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

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

    /**
     * @param sqlName the table as SQL spells it (quoted, maybe schema-qualified)
     * @param createSql nothing when the table is turned off
     */
    static void createIfMissing(Connection connection, String table, String sqlName, List<String> createSql)
            throws SQLException {
        if (createSql.isEmpty() || VersionTable.existsNamed(connection, sqlName)) {
            return;
        }
        try {
            createSql.forEach(new JdbcStatementSink(connection)::run);
        } catch (StatementFailedException e) {
            if (!INSUFFICIENT_PRIVILEGE.equals(e.sqlState())) {
                throw e;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback(); // the failed statement aborted the transaction the questions below need
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
