package com.capp.autogen.spring;

import com.capp.autogen.embed.RevisionEntry;
import com.capp.autogen.spring.sample.SampleApplication;
import com.capp.testsupport.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Starts the sample application, a real Spring Boot application, on a test database. */
final class SampleApp {

    private SampleApp() {
    }

    /**
     * @param properties {@code key=value} pairs on top of the database's; Hibernate validates the
     *                   schema when JPA starts, so a migration that ran after it would fail start-up
     */
    static ConfigurableApplicationContext start(TestDatabase database, String... properties) {
        return builder(database, properties).run();
    }

    /** The application about to start, to adjust before {@code run()}. */
    static SpringApplicationBuilder builder(TestDatabase database, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + nullToEmpty(database.user()),
                "spring.datasource.password=" + nullToEmpty(database.password()),
                "spring.datasource.hikari.maximum-pool-size=2",
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.jpa.open-in-view=false",
                "spring.main.banner-mode=off"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(SampleApplication.class).web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The revisions the application's start-up upgrade ran, in order. */
    static List<String> ran(ConfigurableApplicationContext app) {
        return app.getBean(StartupMigration.class).upgradeResult().ran().stream().map(RevisionEntry::id).toList();
    }

    /** The single-column rows of a query. */
    static List<String> rows(TestDatabase database, String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    static boolean tableExists(TestDatabase database, String table) throws SQLException {
        return !rows(database, "SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '" + table + "'").isEmpty();
    }
}
