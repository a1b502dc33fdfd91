package com.capp.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Creates and drops databases on the shared server through its admin database. */
final class DatabaseAdmin {

    private final ServerEndpoint endpoint;

    DatabaseAdmin(ServerEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    void create(String name) {
        // template0: a fresh database must not inherit whatever someone left in template1.
        execute("CREATE DATABASE " + quoteIdent(name) + " TEMPLATE template0 ENCODING 'UTF8'");
    }

    void drop(String name) {
        // FORCE (PostgreSQL 13+) ends sessions a test forgot to close.
        execute("DROP DATABASE IF EXISTS " + quoteIdent(name) + " WITH (FORCE)");
    }

    Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        if (endpoint.user() != null) {
            props.setProperty("user", endpoint.user());
        }
        if (endpoint.password() != null) {
            props.setProperty("password", endpoint.password());
        }
        return DriverManager.getConnection(endpoint.urlFor(database), props);
    }

    ServerEndpoint endpoint() {
        return endpoint;
    }

    private void execute(String sql) {
        try (Connection c = connect(endpoint.adminUrl().database()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + endpoint.description(), e);
        }
    }

    static String quoteIdent(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
