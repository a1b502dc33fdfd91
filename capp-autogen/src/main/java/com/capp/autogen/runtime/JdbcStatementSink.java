package com.capp.autogen.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;

/**
 * Executes statements on a connection, one by one or several in one round trip; a failure names the
 * statement that failed.
 */
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

    /**
     * Sends statements that return no rows together (one JDBC batch: one round trip to the server, not one
     * each), inside the open transaction. A batch says only that it failed, not which statement: the
     * statements are then undone (a savepoint) and run again one by one, so the error is the one a run
     * one by one gives, naming its statement. A lock timeout is thrown as it came (its retry runs one by
     * one, {@link StepExecutor}): waiting for the lock again here would queue others behind it once more.
     */
    void runTogether(List<String> sql) {
        if (sql.size() == 1) {
            run(sql.get(0));
            return;
        }
        sql.forEach(s -> LOG.debug("{}", s));
        Savepoint before = null;
        try (Statement statement = connection.createStatement()) {
            before = connection.setSavepoint();
            for (String s : sql) {
                statement.addBatch(s);
            }
            statement.executeBatch();
            connection.releaseSavepoint(before);
        } catch (BatchUpdateException e) {
            StatementFailedException failed = new StatementFailedException(String.join(";\n", sql),
                    e.getNextException() != null ? e.getNextException() : e);
            if (failed.lockTimedOut()) {
                throw failed;
            }
            undo(before, failed);
            sql.forEach(this::run);
            throw failed; // did not fail again alone: the batch's error
        } catch (SQLException e) {
            throw new StatementFailedException(String.join(";\n", sql), e);
        }
    }

    private void undo(Savepoint before, StatementFailedException failed) {
        try {
            connection.rollback(before);
        } catch (SQLException e) {
            throw failed; // the connection is gone: the batch's error is the news
        }
    }
}
