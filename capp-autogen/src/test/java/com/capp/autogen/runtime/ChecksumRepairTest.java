package com.capp.autogen.runtime;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.capp.autogen.runtime.CappMigrationsTest.strings;
import static com.capp.autogen.runtime.CappMigrationsTest.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code repair} re-baselines checksums with an audit row; CRLF checkouts match; downgrade verifies too. */
@ExtendWith(PostgresExtension.class)
class ChecksumRepairTest {

    private static final String FIRST = "com/capp/migrations/V0001_InitialSchema.java";
    private static final String SECOND = "com/capp/migrations/V0002_AddMpesaAndMmoCallbackTables.java";

    @Test
    void repairRecordsTheNewChecksumWithWhoAndWhenAndLaterRunsAcceptIt(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = cappUpgradedTo(target, "0001");
        append(project.migrations().resolve(FIRST), "\n// a comment added on purpose after it ran\n");

        assertRefused(project.run("upgrade", "head"), "`capp-autogen repair`");

        Run repair = project.run("repair");
        assertEquals(0, repair.code(), repair.toString());
        assertTrue(repair.err().contains("Repaired checksum of 0001 ("), repair.err());
        assertEquals(List.of("repair|" + target.user() + "|true|checksum re-baselined by " + System.getProperty("user.name")),
                strings(target, "SELECT direction || '|' || applied_by || '|' || (applied_at > now() - interval '1 minute')"
                        + " || '|' || split_part(message, ',', 1) FROM capp_autogen_history WHERE direction = 'repair'"));

        Run upgrade = project.run("upgrade", "head");
        assertEquals(0, upgrade.code(), upgrade.toString());
        assertEquals(List.of("0002"), versions(target));
        Run again = project.run("repair");
        assertTrue(again.err().contains("nothing to repair"), again.err());
        assertEquals(1, strings(target, "SELECT id FROM capp_autogen_history WHERE direction = 'repair'").size());
    }

    @Test
    void aCrlfCheckoutOfAnAppliedMigrationIsNoMismatch(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = cappUpgradedTo(target, "0001");
        Path first = project.migrations().resolve(FIRST);
        Files.writeString(first, Files.readString(first).replace("\n", "\r\n"));

        Run upgrade = project.run("upgrade", "head");

        assertEquals(0, upgrade.code(), upgrade.toString());
        assertEquals(List.of("0002"), versions(target));
    }

    @Test
    void downgradeRefusesAChangedAppliedMigrationUnlessChecksumsAreIgnored(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = cappUpgradedTo(target, "head");
        append(project.migrations().resolve(SECOND), "\n// edited after it ran\n");

        Run refused = project.run("downgrade", "-1");
        assertRefused(refused, "FAILED: Checksum mismatch");
        assertTrue(refused.err().contains("0002 ("), refused.err());
        assertEquals(List.of("0002"), versions(target));

        Run forced = project.run("downgrade", "-1", "--ignore-checksums");
        assertEquals(0, forced.code(), forced.toString());
        assertEquals(List.of("0001"), versions(target));
    }

    /** CAPP's migrations in a project of their own (so tests may edit them), upgraded to {@code revision}. */
    private static TestProject cappUpgradedTo(TestDatabase target, String revision) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target);
        assertEquals(0, project.run("upgrade", revision).code());
        return project;
    }

    /** A run that must fail, saying {@code what}. */
    private static void assertRefused(Run run, String what) {
        assertNotEquals(0, run.code());
        assertTrue(run.err().contains(what), run.err());
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, Files.readString(file) + text);
    }
}
