package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** diff's output, one of an exclusive group: --sql, --java or --summary, which is also the default. */
@ExtendWith(PostgresExtension.class)
class DiffCommandTest {

    private static final String MODEL = "com.capp.autogen.fixtures.widgets.v1";

    @Test
    void theMigrationFromAnEmptyDatabaseToTheModelAsSqlJavaOrSummary(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.FIXTURES.resolve("widgets"), null);
        String empty = TestProject.url(db.createDatabase());

        Run sql = project.run("diff", "--from", empty, "--to", "model", "--model-package", MODEL, "--sql");
        assertEquals(1, sql.code(), sql.toString());
        assertTrue(sql.out().contains("CREATE TABLE public.widgets ("), sql.out());

        Run java = project.run("diff", "--from", empty, "--to", "model", "--model-package", MODEL, "--java");
        assertEquals(1, java.code(), java.toString());
        assertTrue(java.out().contains("// upgrade\n") && java.out().contains("// downgrade\n"), java.out());
        assertTrue(java.out().contains("op.createTable(\"widgets\""), java.out());

        Run summary = project.run("diff", "--from", empty, "--to", "model", "--model-package", MODEL, "--summary");
        assertEquals(1, summary.code(), summary.toString());
        assertTrue(summary.out().contains("widgets"), summary.out());
        Run unspecified = project.run("diff", "--from", empty, "--to", "model", "--model-package", MODEL);
        assertEquals(summary.out(), unspecified.out());

        Run same = project.run("diff", "--from", empty, "--to", empty);
        assertEquals(0, same.code(), same.toString());
        assertEquals("No changes in schema detected.\n", same.out());
    }
}
