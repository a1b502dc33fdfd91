package com.capp.autogen.runtime;

import java.sql.SQLException;

/** A statement PostgreSQL refused; keeps the statement so the error can show it. */
public final class StatementFailedException extends RuntimeException {

    private final String statement;

    public StatementFailedException(String statement, SQLException cause) {
        super(cause.getMessage(), cause);
        this.statement = statement;
    }

    public String statement() {
        return statement;
    }

    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
