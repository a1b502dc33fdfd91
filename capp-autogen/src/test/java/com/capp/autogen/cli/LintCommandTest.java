package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static com.capp.autogen.runtime.CappMigrationsTestAccess.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lint}, and {@code upgrade} refusing what it finds, through the CLI on a real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class LintCommandTest {

    private static final Path UNSAFE = TestProject.FIXTURES.resolve("unsafe");

    @Test
    void cappMigrationsLintWithoutErrors() {
        Run run = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null).run("lint", "--all");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("Linted 2 migrations"), run.toString());
        assertTrue(run.out().contains(": 0 errors, "), run.toString());
        assertFalse(run.out().contains(" error "), run.toString());
    }

    @Test
    void pendingMigrationsAreLintedWithTheTablesRowCountsAndTheAllowanceReason(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(UNSAFE, target);
        assertEquals(0, project.run("upgrade", "0001").code());
        analyze(target);

        Run run = project.run("lint");
        assertEquals(1, run.code(), run.toString());
        String out = run.out();
        assertTrue(out.contains("0002 statement 1: allowed require-concurrent-index-creation (users stays under 1,000 rows)"), out);
        assertTrue(out.contains("0002 statement 2: error require-concurrent-index-creation: CREATE INDEX ix_users_email ON public.users (email)"), out);
        assertTrue(out.contains("users: ~500 rows, "), "facts of the live table: " + out);
        assertTrue(out.contains("0002 statement 3: error varchar-narrowing"), "current type read from the database: " + out);
        assertTrue(out.contains("    why: builds the index under a SHARE lock"), out);
        assertTrue(out.contains("    instead: CREATE INDEX CONCURRENTLY"), out);
        assertTrue(out.contains("Linted 1 migration (3 statements): 2 errors, 0 warnings, 1 allowed."), out);
        assertFalse(out.contains("0001 statement"), "0001 is applied: not linted by default");
    }

    @Test
    void upgradeRefusesErrorFindingsUnlessAllowedUnsafe(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(UNSAFE, target);
        assertEquals(0, project.run("upgrade", "0001").code());

        Run refused = project.run("upgrade", "head");
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("FAILED: Refusing to upgrade: lint finds 2 error(s) in the pending migrations:"), refused.toString());
        assertTrue(refused.err().contains("0002 statement 2: require-concurrent-index-creation"), refused.toString());
        assertTrue(refused.err().contains("--allow-unsafe"), refused.toString());
        assertEquals(List.of("0001"), versions(target));

        Run allowed = project.run("upgrade", "head", "--allow-unsafe");
        assertEquals(0, allowed.code(), allowed.toString());
        assertTrue(allowed.err().contains("WARN  [alembic.runtime.migration] Unsafe (allowed by --allow-unsafe): 0002 statement 2"),
                allowed.toString());
        assertEquals(List.of("0002"), versions(target));
    }

    @Test
    void theConfigKeyAllowsUnsafeUpgradesToo(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(UNSAFE, target, "lint.allow.unsafe=true");
        Run run = project.run("upgrade", "head");
        assertEquals(0, run.code(), run.toString());
        assertEquals(List.of("0002"), versions(target));
    }

    @Test
    void jsonOutputIsStable() throws Exception {
        Run run = TestProject.copyOf(UNSAFE, null).run("lint", "0002", "--format", "json");
        assertEquals(1, run.code(), run.toString());
        String expected = Files.readString(Path.of("src/test/resources/golden/lint-unsafe.json"));
        assertEquals(expected.strip(), run.out().strip());
    }

    @Test
    void aRangeSelectsRevisionsAndARevisionThatIsNotThereIsAnError() {
        TestProject project = TestProject.copyOf(UNSAFE, null);
        Run range = project.run("lint", "0001:0001");
        assertEquals(0, range.code(), range.toString());
        assertTrue(range.out().contains("Linted 1 migration (3 statements): 0 errors"), range.toString());
        Run missing = project.run("lint", "0042");
        assertEquals(2, missing.code(), missing.toString());
    }

    private static void analyze(TestDatabase target) throws Exception {
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            s.execute("ANALYZE users");
        }
    }
}
