package com.capp.autogen.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertEquals("jdbc:postgresql://db.local:6543/capp_db", url.jdbcUrl(), "credentials travel as properties");
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
        assertEquals("postgresql://***@h/db", DatabaseUrl.mask("postgresql://u:secret@h/db"));
        assertEquals("postgresql://***@h/db", DatabaseUrl.mask("postgresql://u:se@cr/et@h/db"));
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

    /** libpq's rule: the last @ ends the userinfo, the first : in it ends the user; + is a plus. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "postgresql://u:p@ss@db:5433/capp                | u | p@ss        | db    | 5433 | capp",
            "postgresql+asyncpg://u:a/b:c?d#e@db/capp?ssl=disable | u | a/b:c?d#e | db  | 5432 | capp",
            "postgres://u:p+l%2Bus%20sp@db/capp              | u | p+l+us sp   | db    | 5432 | capp",
            "postgresql://u:%25%40%2F@[::1]:6000/capp        | u | %@/         | [::1] | 6000 | capp",
            "postgresql://only-user@db/                      | only-user |     | db    | 5432 | only-user",
            "postgresql://db/capp?user=qu&password=q%26p     | qu | q&p        | db    | 5432 | capp",
            "postgresql://:pw@/capp                          |   | pw          | localhost | 5432 | capp",
            "postgresql://u:caf%C3%A9@db/na%20me             | u | café        | db    | 5432 | na me",
            "jdbc:postgresql://db:7000/capp?user=j&password=a+b%25 | j | a+b%   | db    | 7000 | capp"})
    void userinfoIsSplitAsLibpqDoes(String text, String user, String password, String host, int port, String db) {
        DatabaseUrl url = DatabaseUrl.parse(text);
        assertEquals(user, url.user());
        assertEquals(password, url.password());
        assertEquals(host, url.host());
        assertEquals(port, url.port());
        assertEquals(db, url.database());
        if (password != null && password.length() > 2) {
            assertFalse(url.toString().contains(password), url.toString());
            assertFalse(url.jdbcUrl().contains(password), url.jdbcUrl());
        }
    }

    /** Errors say which part is wrong and never echo it: the text may be (part of) a password. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "postgresql://u:Sekr%zzIT@db/capp",
            "postgresql://u:Sekr1t%@db/capp",
            "postgresql://u:Sekr%C3IT@db/capp",
            "postgresql://u:Sekr1t@db:notaport/capp",
            "postgresql://u:Sekr1t@db:99999/capp",
            "postgresql://u:Sekr1t@db/capp?password=Sekr1t&sslmod=require",
            "postgresql://u:Sekr1t@h1:5432,h2:5432/capp",
            "postgresql://u:Sekr1t@db/capp?ssl=maybe",
            "postgresql://u:Sekr1t@db/capp?connect_timeout=soon",
            "postgresql://u:Sekr1t@db/capp?nothing",
            "jdbc:postgresql://db/capp?user=u&password=Sekr1t&notADriverProperty=1",
            "mysql://u:Sekr1t@db/capp"})
    void badUrlsAreRefusedWithoutEchoingThePassword(String text) {
        ConfigException error = assertThrows(ConfigException.class, () -> DatabaseUrl.parse(text));
        assertFalse((error.getMessage() + error.hint()).contains("Sekr"), error.getMessage() + " / " + error.hint());
        assertFalse(error.getMessage().isBlank());
    }

    @Test
    void malformedPercentEscapeSaysWhatToDo() {
        ConfigException error = assertThrows(ConfigException.class, () -> DatabaseUrl.parse("postgresql://u:50%off@db/x"));
        assertEquals("Database URL: the password has a malformed percent-escape (a % not followed by two hex digits)",
                error.getMessage());
        assertTrue(error.hint().contains("%25"));
    }

    /** asyncpg's ssl= and libpq's sslmode= and certificate paths become the JDBC driver's properties. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ssl=require                                        | sslmode=require",
            "ssl=true                                           | sslmode=verify-full",
            "ssl=false                                          | sslmode=disable",
            "sslmode=verify-full&sslrootcert=/etc/ca.pem        | sslmode=verify-full, sslrootcert=/etc/ca.pem",
            "sslmode=verify-ca&sslcert=/c.crt&sslkey=/c.pk8&sslpassword=kp | sslcert=/c.crt, sslkey=/c.pk8, sslmode=verify-ca, sslpassword=kp",
            "ssl=prefer&connect_timeout=3                       | connectTimeout=3, loginTimeout=3, sslmode=prefer",
            "application_name=capp-deploy&options=-c%20statement_timeout%3D5s | ApplicationName=capp-deploy, options=-c statement_timeout=5s",
            "target_session_attrs=read-write&prepared_statement_cache_size=0 | targetServerType=primary"})
    void tlsAndOtherParametersMapToDriverProperties(String query, String expected) {
        DatabaseUrl url = DatabaseUrl.parse("postgresql+asyncpg://u:pw@db/capp?" + query);
        assertEquals(expected, new java.util.TreeMap<>(url.properties()).toString().replaceAll("[{}]", ""));
        assertEquals("pw", url.driverProperties().getProperty("password"));
    }

    @Test
    void jdbcUrlsKeepDriverPropertiesAndGetTimeoutDefaults() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db/capp?sslmode=require&user=u&loginTimeout=4")
                .withDefaults(java.time.Duration.ofSeconds(10));
        assertEquals("require", url.properties().get("sslmode"));
        assertEquals("4", url.properties().get("loginTimeout"), "the URL's own timeout wins");
        assertEquals("10", url.properties().get("connectTimeout"));
        assertEquals("u", url.driverProperties().getProperty("user"));
    }
}
