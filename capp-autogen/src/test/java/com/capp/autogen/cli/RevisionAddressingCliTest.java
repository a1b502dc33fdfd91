package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, revision addressing: every form through {@code execute(args)}, on CAPP's migrations and a real database. */
@ExtendWith(PostgresExtension.class)
class RevisionAddressingCliTest {

    private static final String LINE_1 = "<base> -> 0001, initial schema\n";
    private static final String LINE_2 = "0001 -> 0002 (head), add mpesa and mmo callback tables\n";

    @Test
    void relativeFormsInUpgradeDowngradeShowAndRanges(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());
        assertEquals(0, project.run("upgrade", "head-1").code());
        assertEquals("0001\n", project.run("current").out());
        assertEquals(0, project.run("upgrade", "0001+1").code());
        assertEquals("0002 (head)\n", project.run("current").out());
        assertEquals(0, project.run("downgrade", "0002-1").code());
        assertEquals("0001\n", project.run("current").out());
        assertEquals(0, project.run("upgrade", "head-0").code());
        assertEquals("0002 (head)\n", project.run("current").out());
        assertEquals(0, project.run("downgrade", "0002-2").code(), "two below 0002 is base");
        assertEquals("", project.run("current").out());

        assertTrue(project.run("show", "head-1").out().startsWith("Rev: 0001\n"));
        assertEquals(LINE_2 + LINE_1, project.run("history", "-r", "base:head").out());
        assertEquals(LINE_1, project.run("history", "-r", ":head-1").out());
        Run tooFar = project.run("upgrade", "0002+1");
        assertEquals(1, tooFar.code());
        assertTrue(tooFar.err().contains("FAILED: Relative revision 0002+1 didn't produce 1 migrations\n"), tooFar.err());
    }

    @Test
    void currentIsASymbolInShowAndRanges(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());
        assertEquals(0, project.run("upgrade", "0001").code());
        assertTrue(project.run("show", "current").out().startsWith("Rev: 0001\nParent: <base>\n"));
        assertEquals(LINE_2 + LINE_1, project.run("history", "-r", "current:").out());
        assertEquals(LINE_1, project.run("history", "-r", "current:current").out());
        assertEquals(0, project.run("upgrade", "head").code());
        assertEquals(LINE_2 + LINE_1, project.run("history", "-r", "-1:current").out());
        assertEquals(LINE_2, project.run("history", "-r", "current:").out());
    }

    @Test
    void historyIndicatesCurrent(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());
        assertEquals(0, project.run("upgrade", "0001").code());
        Run marked = project.run("history", "-i");
        assertEquals(0, marked.code(), marked.toString());
        assertEquals(LINE_2 + "<base> -> 0001 (current), initial schema\n", marked.out());
        assertTrue(project.run("history", "--indicate-current", "-v").out().contains("Rev: 0001 (current)\n"));
    }

    @Test
    void downgradeAboveCurrentIsAlembicsError(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());
        assertEquals(0, project.run("upgrade", "0001").code());
        Run above = project.run("downgrade", "0002");
        assertEquals(1, above.code());
        assertTrue(above.err().contains(
                "FAILED: Destination 0002 is not a valid downgrade target from current head(s)\n"), above.err());
        assertEquals("0001\n", project.run("current").out(), "nothing changed");
    }

    @Test
    void branchLabelsEverywhereAndAmbiguousWalks(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());
        assertEquals(0, project.run("revision", "-m", "side", "--head", "0001", "--splice", "--rev-id", "s1",
                "--branch-label", "side").code());
        assertEquals(0, project.run("revision", "-m", "side two", "--head", "side@head", "--rev-id", "s2").code());
        assertEquals(0, project.run("upgrade", "0002").code());
        assertEquals(0, project.run("upgrade", "side@+1").code());
        assertEquals("0002 (head)\ns1 (side)\n", project.run("current").out());
        assertTrue(project.run("show", "side@head").out().startsWith("Rev: s2 (head)\n"));
        assertEquals(0, project.run("upgrade", "side@head").code());
        assertEquals(0, project.run("downgrade", "side@-1").code());
        assertEquals("0002 (head)\ns1 (side)\n", project.run("current").out());
        assertEquals(0, project.run("downgrade", "side@base").code());
        assertEquals("0002 (head)\n", project.run("current").out(), "only the side branch went");

        Run upAmbiguous = project.run("show", "0001+1");
        assertEquals(1, upAmbiguous.code());
        assertTrue(upAmbiguous.err().startsWith("FAILED: Ambiguous walk"), upAmbiguous.err());

        assertEquals(0, project.run("upgrade", "heads").code());
        assertEquals(0, project.run("merge", "-m", "join", "0002", "s2", "--rev-id", "m1").code());
        assertEquals(0, project.run("upgrade", "head").code());
        Run downAmbiguous = project.run("downgrade", "-1");
        assertEquals(1, downAmbiguous.code());
        assertTrue(downAmbiguous.err().contains("FAILED: Ambiguous walk: -1 cannot be followed, revision m1 revises 0002, s2\n"),
                downAmbiguous.err());
        assertEquals(0, project.run("downgrade", "s2").code(), "an explicit target unmerges");
        assertEquals("0002\ns2\n", project.run("current").out(), "m1 is the head now");
    }

    @Test
    void headsResolvingDependencies(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);
        assertEquals(0, project.run("revision", "-m", "other base", "--head", "base", "--rev-id", "x1").code());
        assertEquals(0, project.run("revision", "-m", "needs x1", "--rev-id", "0003", "--head", "0002",
                "--depends-on", "x1").code());
        assertEquals("x1 (head)\n0003 (head)\n", project.run("heads").out());
        assertEquals("0003 (head)\n", project.run("heads", "--resolve-dependencies").out());
    }
}
