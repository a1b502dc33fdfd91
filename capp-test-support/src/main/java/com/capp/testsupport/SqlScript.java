package com.capp.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a SQL script (e.g. pg_dump output such as capp_head.sql) through JDBC. The PostgreSQL
 * driver sends a multi-statement string as one simple query, so the whole file goes in one
 * {@code execute}; psql meta-commands are removed first.
 */
public final class SqlScript {

    private SqlScript() {
    }

    public static void run(TestDatabase database, Path script) {
        try (Connection connection = database.connect()) {
            run(connection, script);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + database, e);
        }
    }

    /**
     * Note that pg_dump scripts change session settings (search_path is emptied), so prefer a
     * connection that is closed afterwards.
     */
    public static void run(Connection connection, Path script) {
        String sql = PsqlText.withoutMetaCommands(read(script));
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("script " + script + " failed: " + e.getMessage(), e);
        }
    }

    private static String read(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
