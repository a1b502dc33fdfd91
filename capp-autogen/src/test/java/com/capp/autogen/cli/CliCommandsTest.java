package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command of the guide through {@code execute(args)}: exit codes, stdout and stderr. */
@ExtendWith(PostgresExtension.class)
class CliCommandsTest {

    @Test
    void guideWorkflowOnCappMigrations(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());

        Run empty = project.run("current");
        assertEquals(0, empty.code(), empty.toString());
        assertEquals("", empty.out());
        assertTrue(empty.err().contains("INFO  [alembic.runtime.migration] Context impl PostgresqlImpl."));

        Run history = project.run("history");
        assertEquals("0001 -> 0002 (head), add mpesa and mmo callback tables\n<base> -> 0001, initial schema\n",
                history.out());

        Run upgrade = project.run("upgrade", "head");
        assertEquals(0, upgrade.code(), upgrade.toString());
        assertTrue(upgrade.err().contains("INFO  [alembic.runtime.migration] Running upgrade  -> 0001, initial schema\n"));
        assertTrue(upgrade.err().contains(
                "INFO  [alembic.runtime.migration] Running upgrade 0001 -> 0002, add mpesa and mmo callback tables\n"));

        assertEquals("0002 (head)\n", project.run("current").out());
        assertEquals("0002 (head)\n", project.run("heads").out());
        assertEquals(0, project.run("current", "--check-heads").code());

        Run down = project.run("downgrade", "-1");
        assertTrue(down.err().contains("Running downgrade 0002 -> 0001, add mpesa and mmo callback tables"), down.err());
        assertEquals("0001\n", project.run("current").out());
        Run notAtHead = project.run("current", "--check-heads");
        assertEquals(1, notAtHead.code());
        assertTrue(notAtHead.err().contains("FAILED: Target database is not up to date: it is at 0001, the head is 0002"));

        assertEquals(0, project.run("upgrade", "+1").code());
        assertEquals("0002 (head)\n", project.run("current").out());
        assertEquals(0, project.run("downgrade", "0001").code());
        assertEquals(0, project.run("upgrade", "0002").code());
        assertEquals(0, project.run("downgrade", "base").code());
        assertEquals("", project.run("current").out());
        assertEquals(0, project.run("upgrade", "heads").code());
        assertEquals("0002 (head)\n", project.run("current").out());
    }

    @Test
    void historyRangesVerboseAndShow(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);
        assertEquals("0001 -> 0002 (head), add mpesa and mmo callback tables\n", project.run("history", "-r", "0002:").out());
        assertEquals("<base> -> 0001, initial schema\n", project.run("history", "-r", ":0001").out());
        String show = project.run("show", "0002").out();
        assertTrue(show.startsWith("Rev: 0002 (head)\nParent: 0001\nPath: "), show);
        assertTrue(show.contains("V0002_AddMpesaAndMmoCallbackTables.java"));
        assertTrue(show.contains("    add mpesa and mmo callback tables\n"));
        assertTrue(project.run("history", "--verbose").out().contains("Rev: 0001\nParent: <base>\n"));
        Run ambiguous = project.run("show", "000");
        assertEquals(1, ambiguous.code());
        assertTrue(ambiguous.err().startsWith("FAILED: Multiple revisions start with '000': 0001, 0002\n"));
    }

    @Test
    void offlineSqlNeedsNoDatabase(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);
        Run sql = project.run("upgrade", "head", "--sql");
        assertEquals(0, sql.code(), sql.toString());
        assertTrue(sql.out().startsWith("CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n"
                + "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n);\n"), sql.out());
        assertTrue(sql.out().contains("-- Running upgrade  -> 0001\n\nBEGIN;\n\nSET LOCAL lock_timeout = '5000ms';\n\n"
                + "SET LOCAL statement_timeout = '0ms';\n\nCREATE TABLE public.users ("), sql.out());
        assertTrue(sql.out().contains("INSERT INTO alembic_version (version_num) VALUES ('0001');"));
        assertTrue(sql.out().contains("UPDATE alembic_version SET version_num='0002' WHERE alembic_version.version_num = '0001';"));
        assertTrue(sql.out().endsWith("COMMIT;\n\n"));
        Run down = project.run("downgrade", "0002:0001", "--sql");
        assertTrue(down.out().contains("DROP TABLE public.mmo_callbacks;"), down.out());
        assertFalse(down.out().contains("CREATE TABLE alembic_version"));
        assertEquals(1, project.run("downgrade", "base", "--sql").code());
    }

    @Test
    void stampRevisionAndMerge(TestDatabase db) throws Exception {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());
        assertEquals(0, project.run("stamp", "0001").code());
        assertEquals("0001\n", project.run("current").out());
        assertEquals(0, project.run("stamp", "base").code());
        assertEquals("", project.run("current").out());

        Run revision = project.run("revision", "-m", "add user profile table");
        assertEquals(0, revision.code(), revision.toString());
        Path written = project.migrations().resolve("com/capp/migrations/V0003_AddUserProfileTable.java");
        assertEquals("Generating " + written + " ...  done\n", revision.out());
        String source = Files.readString(written);
        assertTrue(source.contains("revises = {\"0002\"}"), source);
        assertEquals("0003 (head)\n", project.run("heads").out());

        Run branch = project.run("revision", "-m", "side branch", "--head", "0002", "--rev-id", "0004");
        assertEquals(1, branch.code());
        assertTrue(branch.err().contains("FAILED: Revision 0002 is not a head revision"), branch.err());
        assertEquals(0, project.run("revision", "-m", "side branch", "--head", "0002", "--splice",
                "--rev-id", "0004", "--branch-label", "side").code());
        assertEquals("0003 (head)\n0004 (side) (head)\n", project.run("heads").out());
        assertTrue(project.run("branches").out().startsWith("0001 -> 0002 (branchpoint), add mpesa"));
        Run twoHeads = project.run("upgrade", "head");
        assertEquals(1, twoHeads.code());
        assertTrue(twoHeads.err().contains("Multiple head revisions are present for given argument 'head'"));

        Run merge = project.run("merge", "-m", "merge side", "0003", "0004");
        assertEquals(0, merge.code(), merge.toString());
        assertEquals("0005 (head) (mergepoint)\n", project.run("heads").out());
        assertEquals(0, project.run("upgrade", "head").code());
        assertEquals("0005 (head) (mergepoint)\n", project.run("current").out());
        assertTrue(project.run("history", "-r", "0005:").out().startsWith("0003, 0004 -> 0005 (head) (mergepoint), merge side"));
    }

    @Test
    void errorsSayWhatToDo(TestDatabase db) throws Exception {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());
        Run unknown = project.run("upgrade", "xyz");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("FAILED: Can't locate revision identified by 'xyz'\n  Check"), unknown.err());
        assertFalse(unknown.err().contains("\tat "), "no stack trace without --debug");
        assertTrue(project.run("upgrade", "xyz", "--debug").err().contains("\tat "));

        Run refused = project.run(Map.of("DATABASE_URL", "postgresql+asyncpg://capp_user:s3cret@127.0.0.1:1/capp_db"),
                "current");
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("FAILED: Can't connect to PostgreSQL at 127.0.0.1:1, database 'capp_db' "
                + "as user 'capp_user'"), refused.err());
        assertTrue(refused.err().contains("DATABASE_URL"));
        assertFalse(refused.err().contains("s3cret"));

        Run noUrl = project.run(Map.of(), "current");
        assertEquals(2, noUrl.code());
        assertTrue(noUrl.err().startsWith("FAILED: No database URL"), noUrl.err());
        assertEquals(2, project.run("upgrade").code(), "missing parameter is a usage error");
    }

    @Test
    void tableAlreadyExistsPointsAtStamp(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        try (var c = target.connect(); var s = c.createStatement()) {
            s.execute("CREATE TABLE users (id uuid)");
        }
        Run run = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target).run("upgrade", "head");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("FAILED: Running upgrade  -> 0001 failed (rolled back; the database stays at <base>)"),
                run.err());
        assertTrue(run.err().contains("Statement: CREATE TABLE public.users ("));
        assertTrue(run.err().contains("`capp-autogen stamp head`"));
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Run help = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null).run("--help");
        for (String command : Stream.of("current", "history", "heads", "branches", "show", "upgrade", "downgrade",
                "stamp", "revision", "merge").toList()) {
            assertTrue(help.out().contains("  " + command + " "), command);
        }
        assertTrue(help.out().contains("Exit codes:"));
    }
}
