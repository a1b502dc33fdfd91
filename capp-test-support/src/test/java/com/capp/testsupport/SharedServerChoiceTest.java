package com.capp.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The choices that need no server start. */
class SharedServerChoiceTest {

    @Test
    void databaseUrlWinsOverTheTestcontainersMode() {
        ServerEndpoint endpoint = SharedServer.choose(
                Map.of("CAPP_TEST_DATABASE_URL", "jdbc:postgresql://ci-db:5432/admin?user=ci"), "testcontainers");
        assertEquals("jdbc:postgresql://ci-db:5432", endpoint.adminUrl().server());
        assertEquals("ci", endpoint.user());
    }

    @Test
    void unknownModeIsRejectedWithTheAllowedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SharedServer.choose(Map.of(), "docker"));
        assertEquals("capp.test.postgres must be 'embedded' or 'testcontainers', was docker", e.getMessage());
    }
}
