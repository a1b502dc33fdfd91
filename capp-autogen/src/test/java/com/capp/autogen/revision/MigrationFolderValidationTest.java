package com.capp.autogen.revision;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every .java file of the migrations folder is a revision with a valid id, or the run fails naming the file. */
@ExtendWith(PostgresExtension.class)
class MigrationFolderValidationTest {

    private static final String GOOD = """
            package fx;
            import com.capp.autogen.api.*;
            @Revision(id = "0001", message = "good")
            public class Good extends Migration {
                @Override public void upgrade(Op op) { op.execute("CREATE TABLE good_table (id int)"); }
                @Override public void downgrade(Op op) { op.execute("DROP TABLE good_table"); }
            }
            """;

    @Test
    void aFileWithoutRevisionFailsTheRunNamingItAndNothingIsCreated(TestDatabase db) throws IOException {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.FIXTURES.resolve("failing"), target);
        Files.writeString(project.migrations().resolve("fx/Good.java"), GOOD.replace("\"0001\"", "\"0003\"")
                .replace("@Revision(id = \"0003\", message = \"good\")", "// @Revision forgotten"));

        Run run = project.run("upgrade", "head");

        assertNotEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("Good.java is not a revision: it holds no class annotated @Revision"), run.err());
        assertFalse(tables(target), "nothing was created");
    }

    @Test
    void aRevisionClassThatIsNotAMigrationIsNamed(@TempDir Path folder) throws IOException {
        write(folder, "Good.java", GOOD.replace(" extends Migration", "").replace("@Override ", ""));

        RevisionException e = assertThrows(RevisionException.class, () -> new SourceMigrationLoader(folder, null).load());

        assertTrue(e.getMessage().contains("Good.java: fx.Good is annotated @Revision but does not extend"), e.getMessage());
    }

    @Test
    void packageInfoIsAllowed(@TempDir Path folder) throws IOException {
        write(folder, "Good.java", GOOD);
        write(folder, "package-info.java", "/** CAPP's migrations. */\npackage fx;\n");

        assertEquals(1, new SourceMigrationLoader(folder, null).load().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                  | it is empty",
            "0123456789012345678901234567890123  | it has 34 characters, the version column holds 32",
            "head                                | 'head' is a reserved word",
            "HEADS                               | 'HEADS' is a reserved word",
            "base                                | 'base' is a reserved word",
            "current                             | 'current' is a reserved word",
            "'00 01'                             | it contains whitespace",
            "'0001\\t'                            | it contains whitespace",
            "ae10+2                              | '+' has a meaning",
            "0001-1                              | '-' has a meaning",
            "a@head                              | '@' has a meaning",
            "0001:0002                           | ':' has a meaning",
    })
    void invalidIdsAreRefusedNamingTheFile(String id, String problem, @TempDir Path folder) throws IOException {
        write(folder, "Good.java", GOOD.replace("\"0001\"", "\"" + id + "\""));

        RevisionException e = assertThrows(RevisionException.class,
                () -> new Migrations(new SourceMigrationLoader(folder, null).load()));

        assertTrue(e.getMessage().startsWith("Invalid revision id '" + id.replace("\\t", "\t") + "' in "), e.getMessage());
        assertTrue(e.getMessage().contains("Good.java: " + problem), e.getMessage());
    }

    @Test
    void aReservedBranchLabelIsRefused(@TempDir Path folder) throws IOException {
        write(folder, "Good.java", GOOD.replace("message = \"good\"", "message = \"good\", branchLabels = \"heads\""));

        RevisionException e = assertThrows(RevisionException.class,
                () -> new Migrations(new SourceMigrationLoader(folder, null).load()));

        assertTrue(e.getMessage().startsWith("Invalid branch label 'heads'"), e.getMessage());
    }

    @Test
    void thirtyTwoCharacterIdsAreAccepted(@TempDir Path folder) throws IOException {
        String id = "a".repeat(32);
        write(folder, "Good.java", GOOD.replace("\"0001\"", "\"" + id + "\""));

        assertEquals(id, new Migrations(new SourceMigrationLoader(folder, null).load()).all().get(0).info().id());
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.createDirectories(folder.resolve("fx"));
        Files.writeString(folder.resolve("fx").resolve(name), text);
    }

    private static boolean tables(TestDatabase target) {
        try (Connection c = target.connect();
             ResultSet rows = c.createStatement().executeQuery(
                     "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rows.next();
            return rows.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
