package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** revision --autogenerate and check against a configured database, the guide's Method 1. */
@ExtendWith(PostgresExtension.class)
class AutogenerateCommandTest {

    private static final Path WIDGETS = TestProject.FIXTURES.resolve("widgets");
    private static final String V2 = "com.capp.autogen.fixtures.widgets.v2";

    @Test
    void refusesADatabaseBehindHeadThenFindsNothingOnCappAtHead(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());
        Run behind = project.run("revision", "--autogenerate", "-m", "too early");
        assertEquals(1, behind.code(), behind.toString());
        assertTrue(behind.err().contains("FAILED: Target database is not up to date"), behind.err());
        assertTrue(behind.err().contains("capp-autogen upgrade head"), behind.err());

        Run checkBehind = project.run("check");
        assertEquals(2, checkBehind.code(), "check reports errors with 2, drift with 1\n" + checkBehind);

        assertEquals(0, project.run("upgrade", "head").code());
        Run nothing = project.run("revision", "--autogenerate", "-m", "nothing");
        assertEquals(0, nothing.code(), nothing.toString());
        assertEquals("No changes in schema detected.\n", nothing.out());
        Run check = project.run("check");
        assertEquals(0, check.code(), check.toString());
        assertEquals("No new upgrade operations detected.\n", check.out());
    }

    @Test
    void generatedMigrationUpgradesTheDatabaseAndItsDowngradeRestoresIt(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(WIDGETS, target);
        assertEquals(0, project.run("upgrade", "head").code());
        String before = CatalogSnapshot.of(target);

        Run sql = project.run("revision", "--autogenerate", "-m", "add widget color", "--sql", "--model-package", V2);
        assertEquals("ALTER TABLE public.widgets ADD COLUMN color character varying(20);\n", sql.out(), sql.toString());
        assertFalse(Files.exists(project.migrations().resolve("com/capp/migrations/V0002_AddWidgetColor.java")),
                "--sql previews only");

        Run generated = project.run("revision", "--autogenerate", "-m", "add widget color", "--model-package", V2);
        assertEquals(0, generated.code(), generated.toString());
        assertTrue(generated.err().contains("Detected added column 'widgets.color'"), generated.err());
        assertEquals(0, project.run("upgrade", "head").code());
        assertEquals(0, project.run("check", "--model-package", V2).code());

        assertEquals(0, project.run("downgrade", "-1").code());
        assertEquals(before, CatalogSnapshot.of(target));
    }
}
