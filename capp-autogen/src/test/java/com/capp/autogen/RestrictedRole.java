package com.capp.autogen;

import com.capp.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real login role with fewer rights than the test superuser, on one test database: no CREATE
 * on {@code public} (PostgreSQL 15's default, made explicit for older servers) and optionally no
 * TEMP. Roles are cluster-wide, so the name is unique to the database; {@link #close()} drops it.
 */
public final class RestrictedRole implements AutoCloseable {

    private final TestDatabase database;
    private final String name;

    private RestrictedRole(TestDatabase database, String name) {
        this.database = database;
        this.name = name;
    }

    /** @param sql run as the superuser after the role exists; {@code %s} is the role name */
    public static RestrictedRole create(TestDatabase database, String... sql) {
        RestrictedRole role = new RestrictedRole(database, "app_" + database.name());
        role.admin("CREATE ROLE " + role.name + " LOGIN PASSWORD 'app_pw'",
                "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        for (String statement : sql) {
            role.admin(statement.formatted(role.name));
        }
        return role;
    }

    public String name() {
        return name;
    }

    /** DATABASE_URL of the CLI connecting as this role (the superuser's user and password taken out). */
    public Map<String, String> environment() {
        String url = database.jdbcUrl().replaceAll("([?&])(user|password)=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return Map.of("DATABASE_URL", url + (url.contains("?") ? "&" : "?") + "user=" + name + "&password=app_pw");
    }

    /** Runs statements as the superuser. */
    public void admin(String... sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String s : sql) {
                statement.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        admin("DROP OWNED BY " + name, "DROP ROLE " + name);
    }
}
