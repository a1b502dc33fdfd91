package com.capp.migrations;

import com.capp.autogen.cli.CliEnvironment;
import com.capp.autogen.cli.Main;
import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.SharedFiles;
import com.capp.testsupport.SqlScript;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The production deploy of the guide: the CLI with the compiled migrations on the classpath and no
 * sources folder, upgrading an empty database to CAPP's reference schema.
 */
@ExtendWith(PostgresExtension.class)
class ProductionRunTest {

    @Test
    void upgradeHeadFromTheCompiledMigrationsReproducesTheReferenceSchema(TestDatabase db) throws Exception {
        TestDatabase reference = db.createDatabase();
        SqlScript.run(reference, SharedFiles.capp("capp_head.sql"));
        Path deploy = Files.createTempDirectory("capp-deploy");
        Files.writeString(deploy.resolve("capp-autogen.properties"), "migrations.location=no-sources-here\n");
        Map<String, String> env = Map.of("DATABASE_URL", url(db));

        assertEquals(0, run(deploy, env, "upgrade", "head"));
        assertEquals(CatalogSnapshot.of(reference), CatalogSnapshot.of(db));
        StringWriter out = new StringWriter();
        assertEquals(0, run(deploy, env, out, "current"));
        assertEquals("0002 (head)\n", out.toString());
    }

    private static int run(Path dir, Map<String, String> env, String... args) {
        return run(dir, env, new StringWriter(), args);
    }

    private static int run(Path dir, Map<String, String> env, StringWriter out, String... args) {
        CommandLine cli = Main.commandLine(new CliEnvironment(dir, env));
        cli.setOut(new PrintWriter(out, true));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        if (code != 0) {
            System.err.println(err);
        }
        return code;
    }

    private static String url(TestDatabase db) {
        return db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "user=" + db.user()
                + (db.password() == null ? "" : "&password=" + db.password());
    }
}
