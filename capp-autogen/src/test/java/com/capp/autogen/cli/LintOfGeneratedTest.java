package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check} and {@code revision --autogenerate} lint the migration they propose. */
@ExtendWith(PostgresExtension.class)
class LintOfGeneratedTest {

    private static final String INDEXED = "com.capp.autogen.fixtures.widgets.v3";
    private static final String COLOURED = "com.capp.autogen.fixtures.widgets.v2";

    @Test
    void checkAndAutogeneratePrintTheFindingsOfWhatTheyGenerate(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.FIXTURES.resolve("widgets"), db.createDatabase());
        assertEquals(0, project.run("upgrade", "head").code());

        Run safeForm = project.run("check", "--model-package", INDEXED);
        assertTrue(safeForm.out().contains("0 errors, 0 warnings"), "the generated form is CONCURRENTLY\n" + safeForm);
        Run check = project.run("check", "--model-package", INDEXED, "--unsafe"); // the plain form lint flags
        assertEquals(1, check.code(), check.toString());
        assertTrue(check.out().contains("Lint of that migration:"), check.toString());
        assertTrue(check.out().contains("new statement 1: error require-concurrent-index-creation: CREATE INDEX ix_widgets_name"),
                check.toString());

        Run json = project.run("check", "--model-package", INDEXED, "--format", "json", "--unsafe");
        assertTrue(json.out().contains("\"lint\": {"), json.toString());
        assertTrue(json.out().contains("\"rule\": \"require-concurrent-index-creation\""), json.toString());

        Run dryRun = project.run("revision", "--autogenerate", "-m", "index names", "--dry-run", "--model-package", INDEXED, "--unsafe");
        assertEquals(0, dryRun.code(), dryRun.toString());
        assertTrue(dryRun.err().contains("LINT  [capp.autogenerate.lint] new statement 1: error require-concurrent-index-creation"),
                dryRun.toString());

        Run safe = project.run("check", "--model-package", COLOURED);
        assertTrue(safe.out().contains("0 errors, 0 warnings"), "adding a nullable column is safe: " + safe);
    }
}
