package com.capp.autogen.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Bookkeeping statements that commit together or not at all. */
final class Transaction {

    private Transaction() {
    }

    static void run(Connection connection, List<String> sql) throws SQLException {
        connection.setAutoCommit(false);
        try {
            sql.forEach(new JdbcStatementSink(connection)::run);
            connection.commit();
        } catch (RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
