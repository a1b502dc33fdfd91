package com.capp.autogen.app;

import com.capp.autogen.config.DatabaseUrl;
import com.capp.autogen.runtime.RuntimeFailure;
import org.postgresql.ds.PGSimpleDataSource;

import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The driver's data source for a {@link DatabaseUrl}, whose connection failures say where and why
 * (no answer in time, no TLS on the server) and never show the password. Every connection the
 * commands open to a configured database comes from here.
 */
final class UrlDataSource extends PGSimpleDataSource {

    private final transient DatabaseUrl url;

    UrlDataSource(DatabaseUrl url) {
        this.url = url;
        setURL(url.jdbcUrl());
        try {
            for (String name : url.driverProperties().stringPropertyNames()) {
                setProperty(name, url.driverProperties().getProperty(name));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("driver refused property of " + url.describe(), e);
        }
    }

    /** A connection, or a {@link RuntimeFailure} naming host, port, database and user. */
    Connection open() {
        try {
            return getConnection();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        try {
            return super.getConnection(user, password);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private RuntimeFailure failure(SQLException e) {
        String where = url.host() + ":" + url.port();
        String prefix = "Can't connect to PostgreSQL at " + url.describe() + ": ";
        if (timedOut(e)) {
            return new RuntimeFailure(prefix + "no answer within " + url.loginTimeoutSeconds() + " s", "Something at "
                    + where + " accepts connections but does not answer as PostgreSQL: check host and port, or raise "
                    + "connect.timeout.seconds in capp-autogen.properties (connect_timeout= in the URL).", e);
        }
        String reason = url.redact(e.getMessage() == null ? e.toString() : e.getMessage());
        String tls = url.properties().getOrDefault("sslmode", "prefer");
        if (reason.contains("does not support SSL")) {
            return new RuntimeFailure(prefix + "the URL asks for TLS (sslmode=" + tls + ") and the server does not"
                    + " offer it", "Enable ssl on the server at " + where + "; drop ssl=/sslmode= from the URL only"
                    + " if the network is trusted.", e);
        }
        return new RuntimeFailure(prefix + reason, "Check that PostgreSQL is running (pg_isready -h " + url.host()
                + " -p " + url.port() + ") and that the database URL (--url, DATABASE_URL, or .env) is right.", e);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || String.valueOf(t.getMessage()).contains("timed out")) {
                return true;
            }
        }
        return false;
    }
}
