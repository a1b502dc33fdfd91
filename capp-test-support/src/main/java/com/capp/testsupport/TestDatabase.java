package com.capp.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database owned by one test class. Inject it with {@link PostgresExtension};
 * it is dropped after the class.
 */
public final class TestDatabase {

    private final String name;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final ClassDatabases owner;

    TestDatabase(String name, String jdbcUrl, String user, String password, ClassDatabases owner) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.owner = owner;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** May be null when the server trusts local connections. */
    public String user() {
        return user;
    }

    /** May be null when the server trusts local connections. */
    public String password() {
        return password;
    }

    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        return ds;
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    /** Another fresh database on the same server, dropped together with this one. */
    public TestDatabase createDatabase() {
        return owner.create();
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + "]";
    }
}
