package com.capp.autogen.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Executes statements one by one on a connection; a failure names the statement that failed. */
public final class JdbcStatementSink implements StatementSink {

    private static final Logger LOG = LoggerFactory.getLogger("capp.runtime.sql");

    private final Connection connection;

    public JdbcStatementSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void run(String sql) {
        LOG.debug("{}", sql);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e);
        }
    }
}
