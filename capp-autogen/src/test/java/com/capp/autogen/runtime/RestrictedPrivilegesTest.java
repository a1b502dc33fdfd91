package com.capp.autogen.runtime;

import com.capp.autogen.RestrictedRole;
import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.capp.autogen.runtime.CappMigrationsTest.strings;
import static com.capp.autogen.runtime.CappMigrationsTest.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real role without CREATE on {@code public}: a clear error naming table and grant, and no DDL once the tables exist. */
@ExtendWith(PostgresExtension.class)
class RestrictedPrivilegesTest {

    private static final String LEDGER = """
            package fx;
            import com.capp.autogen.api.*;
            @Revision(id = "0001", message = "ledger entries")
            public class L0001 extends Migration {
                @Override public void upgrade(Op op) { op.execute("CREATE TABLE ledger.entries (id int)"); }
                @Override public void downgrade(Op op) { op.execute("DROP TABLE ledger.entries"); }
            }
            """;

    @Test
    void aRoleWithoutCreateOnPublicIsToldTheTableAndTheGrantThenUpgradesOnceTheTablesExist(TestDatabase db)
            throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = ledgerProject(target);
        try (RestrictedRole app = RestrictedRole.create(target, "CREATE SCHEMA ledger AUTHORIZATION %s")) {
            Run refused = project.run(app.environment(), "upgrade", "head");

            assertNotEquals(0, refused.code(), refused.toString());
            assertTrue(refused.err().contains("Cannot create the table alembic_version in schema public"), refused.err());
            assertTrue(refused.err().contains("role " + app.name() + " has no CREATE privilege there"), refused.err());
            assertTrue(refused.err().contains("GRANT CREATE ON SCHEMA public TO " + app.name()), refused.err());
            assertEquals(List.of(), strings(target, "SELECT tablename FROM pg_tables WHERE schemaname IN ('public', 'ledger')"));

            Run stamped = project.run("stamp", "base"); // the owner creates the bookkeeping tables once
            assertEquals(0, stamped.code(), stamped.toString());
            app.admin("GRANT SELECT, INSERT, UPDATE, DELETE ON alembic_version, capp_autogen_history TO " + app.name());

            Run upgraded = project.run(app.environment(), "upgrade", "head");

            assertEquals(0, upgraded.code(), upgraded.toString());
            assertEquals(List.of("0001"), versions(target));
            assertEquals(List.of("entries"), strings(target, "SELECT tablename FROM pg_tables WHERE schemaname = 'ledger'"));
            assertEquals(List.of(app.name()), strings(target,
                    "SELECT applied_by FROM capp_autogen_history WHERE direction = 'upgrade'"));
        }
    }

    private static TestProject ledgerProject(TestDatabase target) throws IOException {
        Path empty = Files.createTempDirectory("ledger-migrations");
        TestProject project = TestProject.copyOf(empty, target);
        Files.createDirectories(project.migrations().resolve("fx"));
        Files.writeString(project.migrations().resolve("fx/L0001.java"), LEDGER);
        return project;
    }
}
