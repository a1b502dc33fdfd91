package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.autogen.config.ConfigLoader;
import com.capp.autogen.config.ProjectConfig;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Run outside any project, the tool used to load zero migrations from the classpath and create its
 * version tables in whatever database DATABASE_URL named. Now it says where it looked and touches nothing.
 */
@ExtendWith(PostgresExtension.class)
class WrongFolderTest {

    @Test
    void noConfigInTheFolderOrItsParentsIsAnErrorThatCreatesNothing(TestDatabase db) throws Exception {
        Path elsewhere = Files.createTempDirectory("not-a-project");
        for (Path dir = elsewhere; dir != null; dir = dir.getParent()) {
            assertFalse(Files.exists(dir.resolve(ConfigLoader.FILE_NAME)), "precondition: no config above " + dir);
        }
        TestDatabase fresh = db.createDatabase();
        Map<String, String> env = Map.of("DATABASE_URL", TestProject.url(fresh));
        for (List<String> command : List.of(List.of("upgrade", "head"), List.of("stamp", "head"), List.of("current"),
                List.of("check"), List.of("downgrade", "base"), List.of("history"))) {
            String[] out = run(elsewhere, env, command.toArray(String[]::new));
            assertEquals("2", out[0], command + ": " + out[2]);
            assertEquals("FAILED: no capp-autogen.properties in " + elsewhere + " (or its parents); run "
                    + "`capp-autogen init` or `cd` to the project\n", out[2], String.join(" ", command));
        }
        assertEquals(0, relations(fresh), "no table, sequence or index was created");
    }

    /** The command the message recommends: it makes the folder a project, once. */
    @Test
    void initStartsAProjectWhereTheMessageSaidThereWasNone() throws Exception {
        Path folder = Files.createTempDirectory("new-project");
        String[] init = run(folder, Map.of(), "init");
        assertEquals("0", init[0], init[2]);
        assertTrue(init[1].contains("Creating " + folder.resolve(ConfigLoader.FILE_NAME) + " ...  done"), init[1]);
        assertTrue(Files.isDirectory(folder.resolve("migrations")));
        assertTrue(Files.readString(folder.resolve("templates/migration.java.ftl")).contains("@Revision("));
        assertEquals(folder.resolve("migrations"), ConfigLoader.load(folder.resolve(ConfigLoader.FILE_NAME))
                .migrationsLocation());

        String[] revision = run(folder, Map.of(), "revision", "-m", "first");
        assertEquals("0", revision[0], revision[2]);
        String[] heads = run(folder, Map.of(), "heads");
        assertEquals("0", heads[0], heads[2]);
        assertTrue(heads[1].startsWith("0001 (head)"), heads[1]);

        String[] again = run(folder, Map.of(), "init");
        assertEquals("2", again[0]);
        assertTrue(again[2].contains(folder.resolve(ConfigLoader.FILE_NAME) + " already exists"), again[2]);
    }

    @Test
    void aSubfolderOfTheProjectFindsItsConfig(TestDatabase db) throws Exception {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());
        Path deep = Files.createDirectories(project.root().resolve("src/main/java"));
        String[] heads = run(deep, Map.of(), "heads");
        assertEquals("0", heads[0], heads[2]);
        assertTrue(heads[1].contains("(head)"), heads[1]);

        String[] missing = run(deep, Map.of(), "heads", "-c", "nope.properties");
        assertEquals("2", missing[0]);
        assertTrue(missing[2].startsWith("FAILED: no configuration file " + deep.resolve("nope.properties")), missing[2]);
    }

    @Test
    void connectTimeoutDefaultsToTenSeconds() throws Exception {
        Path root = Files.createTempDirectory("defaults");
        Files.writeString(root.resolve(ConfigLoader.FILE_NAME), "# all defaults\n");
        ProjectConfig config = ConfigLoader.load(ConfigLoader.find(root, null));
        assertEquals(Duration.ofSeconds(10), config.connectTimeout());
    }

    private static String[] run(Path workingDir, Map<String, String> env, String... args) {
        TestProject.Run run = TestProject.runIn(workingDir, env, args);
        return new String[]{String.valueOf(run.code()), run.out(), run.err()};
    }

    private static long relations(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM pg_class WHERE relnamespace NOT IN "
                        + "(SELECT oid FROM pg_namespace WHERE nspname IN ('pg_catalog', 'information_schema', 'pg_toast'))")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
