package com.capp.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcUrlTest {

    @Test
    void swapsTheDatabaseAndKeepsTheQuery() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://db.local:5433/admin?user=ci&password=s%40cret&ssl=false");
        assertEquals("admin", url.database());
        assertEquals("jdbc:postgresql://db.local:5433/other?user=ci&password=s%40cret&ssl=false",
                url.withDatabase("other").toString());
    }

    @Test
    void credentialsInTheUrlWinOverVariables() {
        ServerEndpoint endpoint = ExternalServer.fromEnvironment(Map.of(
                "CAPP_TEST_DATABASE_URL", "jdbc:postgresql://h/admin?user=ci&password=s%40cret",
                "CAPP_TEST_DATABASE_USER", "ignored"));
        assertEquals("ci", endpoint.user());
        assertEquals("s@cret", endpoint.password());
    }

    @Test
    void variablesSupplyMissingCredentialsAndDatabaseDefaultsToPostgres() {
        ServerEndpoint endpoint = ExternalServer.fromEnvironment(Map.of(
                "CAPP_TEST_DATABASE_URL", "jdbc:postgresql://h:5432",
                "CAPP_TEST_DATABASE_USER", "u"));
        assertEquals("u", endpoint.user());
        assertNull(endpoint.password());
        assertEquals("postgres", endpoint.adminUrl().database());
    }
}
