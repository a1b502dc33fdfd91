package com.capp.autogen.cli;

import com.capp.autogen.SampleProject;
import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alembic's first steps on a JPA project that is not CAPP: init, then revision --autogenerate,
 * upgrade head and check against a real PostgreSQL, with entities compiled by the test.
 */
@ExtendWith(PostgresExtension.class)
class InitWorkflowTest {

    @Test
    void initThenAutogenerateUpgradeAndCheckOnASampleProject(TestDatabase database, @TempDir Path dir) throws IOException {
        Path project = dir.resolve("shop");
        Map<String, String> env = Map.of("DATABASE_URL", TestProject.url(database));
        Run init = TestProject.runIn(dir, env, "init", "shop", "--model-package", SampleProject.MODEL_PACKAGE,
                "--model-classpath", SampleProject.CLASSES, "--migrations-package", SampleProject.MIGRATIONS_PACKAGE);
        assertEquals(0, init.code(), init.toString());
        assertTrue(Files.isDirectory(project.resolve("migrations")));
        assertTrue(Files.readString(project.resolve("templates/migration.java.ftl")).contains("extends Migration"));
        assertTrue(Files.readString(project.resolve(".env.example")).contains("DATABASE_URL="));
        String properties = Files.readString(project.resolve("capp-autogen.properties"));
        for (String key : new String[] {"model.packages=com.example.shop", "model.classpath=build/classes",
                "model.naming-strategy.physical", "model.naming-strategy.implicit", "hibernate.", "migrations.location",
                "migrations.package=com.example.shop.migrations", "templates.location", "file.template", "version.table",
                "audit.table", "lock.timeout.seconds", "logging.level", "cache.location", "dev.postgres.version"}) {
            assertTrue(properties.contains(key), key + " missing from\n" + properties);
        }

        Run missing = TestProject.runIn(project, env, "check");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains(project.resolve("build/classes") + " does not exist"), missing.err());

        SampleProject.compileEntities(project);
        Run revision = TestProject.runIn(project, env, "revision", "--autogenerate", "-m", "create shop");
        assertEquals(0, revision.code(), revision.toString());
        Path migration = project.resolve("migrations/com/example/shop/migrations/V0001_CreateShop.java");
        String source = Files.readString(migration);
        assertTrue(source.contains("op.createTable(\"customers\""), source);
        assertTrue(source.contains("op.createTable(\"orders\""), source);

        Run upgrade = TestProject.runIn(project, env, "upgrade", "head");
        assertEquals(0, upgrade.code(), upgrade.toString());
        assertTrue(upgrade.err().contains("Running upgrade  -> 0001, create shop"), upgrade.err());
        Run check = TestProject.runIn(project, env, "check");
        assertEquals(0, check.code(), check.toString());
        assertEquals("No new upgrade operations detected.\n", check.out());
        assertEquals("0001 (head)\n", TestProject.runIn(project, env, "current").out());
    }

    @Test
    void initRefusesToOverwriteAndWritesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".env.example"), "mine");
        Run init = TestProject.runIn(dir, Map.of(), "init");
        assertEquals(2, init.code(), init.toString());
        assertTrue(init.err().contains(".env.example already exists"), init.err());
        assertEquals("mine", Files.readString(dir.resolve(".env.example")));
        assertTrue(Files.notExists(dir.resolve("capp-autogen.properties")), "nothing else was written");
        assertTrue(Files.notExists(dir.resolve("migrations")));
    }
}
