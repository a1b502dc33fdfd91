package com.capp.autogen.runtime;

import java.sql.SQLException;

/** Whether a failure is the connection going away (server restart, failover, pg_terminate_backend, network). */
final class ConnectionLoss {

    private ConnectionLoss() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && lost(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Class 08 (connection exception) and 57P01-57P03 (admin/crash shutdown, cannot connect now). */
    private static boolean lost(String sqlState) {
        return sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03");
    }
}
