package com.capp.autogen.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUrlTest {

    @Test
    void asyncpgFormBecomesJdbcWithCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql+asyncpg://capp_user:capp%40pw@db.local:6543/capp_db");
        assertEquals("jdbc:postgresql://db.local:6543/capp_db", url.jdbcUrl());
        assertEquals("capp_user", url.user());
        assertEquals("capp@pw", url.password());
        assertEquals("db.local:6543, database 'capp_db' as user 'capp_user'", url.describe());
    }

    @Test
    void jdbcFormIsKeptAndPasswordsAreMasked() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost/capp_db?user=u&password=secret");
        assertEquals(5432, url.port());
        assertEquals("secret", url.password());
        assertFalse(url.toString().contains("secret"));
        assertEquals("postgresql://u:***@h/db", DatabaseUrl.mask("postgresql://u:secret@h/db"));
        ConfigException bad = assertThrows(ConfigException.class, () -> DatabaseUrl.parse("mysql://u:secret@h/db"));
        assertFalse(bad.getMessage().contains("secret"));
    }

    @Test
    void commandLineBeatsEnvironmentBeatsDotEnv() throws Exception {
        Path root = Files.createTempDirectory("project");
        Files.writeString(root.resolve(".env"), "# local\nexport DATABASE_URL=\"postgresql://a:b@fromfile:5432/f\"\n");
        assertEquals("fromfile", new DatabaseUrlResolver(Map.of(), root).resolve(null).host());
        assertEquals("fromenv", new DatabaseUrlResolver(Map.of("DATABASE_URL", "postgresql://fromenv/e"), root)
                .resolve(null).host());
        assertEquals("fromflag", new DatabaseUrlResolver(Map.of("DATABASE_URL", "postgresql://fromenv/e"), root)
                .resolve("jdbc:postgresql://fromflag/x").host());
        ConfigException none = assertThrows(ConfigException.class,
                () -> new DatabaseUrlResolver(Map.of(), Files.createTempDirectory("empty")).resolve(null));
        assertTrue(none.hint().contains("DATABASE_URL="));
    }
}
