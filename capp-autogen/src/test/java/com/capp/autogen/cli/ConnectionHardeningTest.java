package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.autogen.config.DatabaseUrl;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real CLI processes (stdout, stderr and logs all captured) against a real PostgreSQL: hostile
 * passwords never show, TLS asked for is TLS or a clear refusal, a server that never answers is a
 * timeout naming host:port. The test server trusts local connections, so any password logs in.
 */
@ExtendWith(PostgresExtension.class)
class ConnectionHardeningTest {

    /** Every character that breaks naive URL parsing, unencoded. */
    private static final String PASSWORD = "Sekr@t/pa:ss?w#rd+1%";
    private static final List<String> PASSWORD_PARTS = List.of("Sekr", "pa:ss", "w#rd", "rd+1");

    private static TestProject project;

    @BeforeAll
    static void oneMigrationProject() throws Exception {
        Path migrations = Files.createTempDirectory("one-migration");
        Path source = Files.createDirectories(migrations.resolve("com/capp/migrations")).resolve("V0001_Select.java");
        Files.writeString(source, """
                package com.capp.migrations;

                import com.capp.autogen.api.Migration;
                import com.capp.autogen.api.Op;
                import com.capp.autogen.api.Revision;

                @Revision(id = "0001", message = "select")
                public class V0001_Select extends Migration {
                    public void upgrade(Op op) { op.execute("SELECT 1"); }
                    public void downgrade(Op op) { op.execute("SELECT 2"); }
                }
                """);
        project = TestProject.copyOf(migrations, null, "connect.timeout.seconds=1");
    }

    @Test
    void hostilePasswordsNeverReachOutputOrLogs(TestDatabase db) throws Exception {
        DatabaseUrl server = DatabaseUrl.parse(db.jdbcUrl());
        String user = db.user() == null ? "postgres" : db.user();
        String at = server.host() + ":" + server.port() + "/" + server.database();
        String raw = PASSWORD.substring(0, PASSWORD.length() - 1); // a bare % is a malformed escape
        String encoded = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);

        assertRun(0, "", "postgresql://" + user + ":" + raw + "@" + at, "current");
        assertRun(0, "", "postgresql+asyncpg://" + user + ":" + encoded + "@" + at + "?ssl=disable", "current");
        assertRun(0, "", "postgresql://" + user + ":" + raw + "@" + at, "upgrade", "head", "--sql");
        assertRun(2, "the password has a malformed percent-escape", "postgresql://" + user + ":" + PASSWORD + "@" + at,
                "current");
        assertRun(1, "Can't connect to PostgreSQL at 127.0.0.1:1, database 'capp'",
                "postgresql://" + user + ":" + raw + "@127.0.0.1:1/capp", "current", "--debug");
        assertRun(1, "at no-such-host.invalid:5432", "postgresql://" + user + ":" + raw + "@no-such-host.invalid/capp",
                "current");
        assertRun(1, "Can't connect to PostgreSQL at 127.0.0.1:1", "jdbc:postgresql://127.0.0.1:1/capp?user=u&password="
                + encoded, "current", "--debug");
        assertRun(2, "does not understand parameter 'sslmod'", "postgresql://" + user + ":" + raw + "@" + at
                + "?sslmod=require", "current");
        assertRun(2, "Not a PostgreSQL URL: mysql://***@", "mysql://" + user + ":" + raw + "@db/capp", "current");
    }

    /** asyncpg's ssl=require (CAPP's .env spelling) must not quietly connect in plaintext. */
    @Test
    void tlsAskedForIsNeverDropped(TestDatabase db) throws Exception {
        assumeTrue("off".equals(show(db, "ssl")), "this test needs a server without TLS");
        DatabaseUrl server = DatabaseUrl.parse(db.jdbcUrl());
        String user = db.user() == null ? "postgres" : db.user();
        String at = server.host() + ":" + server.port() + "/" + server.database();
        for (String tls : List.of("ssl=require", "sslmode=require", "sslmode=verify-full&sslrootcert=/nonexistent.pem")) {
            String mode = tls.contains("verify-full") ? "verify-full" : "require";
            assertRun(1, "the URL asks for TLS (sslmode=" + mode + ") and the server does not offer it",
                    "postgresql+asyncpg://" + user + ":" + PASSWORD.replace("%", "%25").replace("@", "%40") + "@" + at
                            + "?" + tls, "current");
        }
        assertRun(0, "", "postgresql://" + user + "@" + at + "?ssl=prefer", "current");
    }

    /** A proxy or wrong port that accepts TCP and never speaks PostgreSQL used to hang the run forever. */
    @Test
    void aServerThatNeverAnswersTimesOutNamingHostAndPort() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            String where = "127.0.0.1:" + silent.port();
            Result run = assertRun(1, "Can't connect to PostgreSQL at " + where + ", database 'capp'",
                    "postgresql://u:" + PASSWORD.replace("%", "%25").replace("@", "%40") + "@" + where + "/capp", "current");
            assertTrue(run.output().contains("no answer within 1 s"), run.output());
            assertTrue(run.output().contains("connect.timeout.seconds"), run.output());
            assertTrue(silent.accepted() > 0, "the CLI reached the silent server");
            Result check = assertRun(2, "Can't connect to PostgreSQL at " + where, "postgresql://u@" + where + "/capp", "check");
            assertTrue(check.output().contains("no answer within 1 s"), check.output());
        }
    }

    private static Result assertRun(int code, String expected, String url, String... args) throws Exception {
        Result run = RealCli.run(project.root(), Map.of("DATABASE_URL", url), args);
        assertEquals(code, run.code(), run.output());
        assertTrue(run.output().contains(expected), "expected '" + expected + "' in:\n" + run.output());
        for (String part : PASSWORD_PARTS) {
            assertFalse(run.output().contains(part), "password text '" + part + "' printed:\n" + run.output());
        }
        return run;
    }

    private static String show(TestDatabase db, String setting) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    record Result(int code, String output) {
    }
}
