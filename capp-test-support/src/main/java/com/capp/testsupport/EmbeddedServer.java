package com.capp.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL started from the zonky binaries on the classpath (major chosen by the
 * {@code postgres.binaries.version} Maven property). Stopped by zonky's shutdown hook.
 */
final class EmbeddedServer {

    private EmbeddedServer() {
    }

    static ServerEndpoint start() {
        long startedAt = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(true)
                    // Durability is worthless for throw-away test clusters; these make CREATE DATABASE cheap.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
        long millis = (System.nanoTime() - startedAt) / 1_000_000;
        String adminUrl = postgres.getJdbcUrl("postgres", "postgres");
        System.err.printf("[capp-test-support] embedded PostgreSQL %s started in %d ms on port %d%n",
                serverVersion(postgres), millis, postgres.getPort());
        return new ServerEndpoint(JdbcUrl.parse(adminUrl), "postgres", null,
                "embedded PostgreSQL on port " + postgres.getPort());
    }

    /** Logged so a run with -Dcapp.test.pgVersion=NN shows which major it really used. */
    private static String serverVersion(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            return "(version unknown: " + e.getMessage() + ")";
        }
    }
}
