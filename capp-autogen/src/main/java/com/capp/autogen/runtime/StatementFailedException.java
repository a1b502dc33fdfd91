package com.capp.autogen.runtime;

import java.sql.SQLException;

/** A statement PostgreSQL refused; keeps the statement so the error can show it. */
public final class StatementFailedException extends RuntimeException {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

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

    /** The statement's lock_timeout fired: the runner retries. */
    boolean lockTimedOut() {
        return LOCK_NOT_AVAILABLE.equals(sqlState());
    }
}
