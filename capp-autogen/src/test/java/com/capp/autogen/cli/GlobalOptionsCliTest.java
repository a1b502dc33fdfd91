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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, global options and the remaining commands, through {@code execute(args)}. */
@ExtendWith(PostgresExtension.class)
class GlobalOptionsCliTest {

    @Test
    void configAndSectionBeforeOrAfterTheCommand(TestDatabase db) throws Exception {
        TestDatabase staging = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);
        Path other = project.root().resolve("deploy.properties");
        Files.writeString(other, "migrations.location=migrations\nversion.table=plain_version\n"
                + "staging.version.table=staging_version\nstaging.database.url=" + TestProject.url(staging) + "\n");
        Run before = project.run("-c", "deploy.properties", "-n", "staging", "upgrade", "0001");
        assertEquals(0, before.code(), before.toString());
        Run after = project.run("current", "--config", "deploy.properties", "--name", "staging");
        assertEquals("0001\n", after.out(), after.toString());
        try (var c = staging.connect(); var s = c.createStatement();
             var rows = s.executeQuery("SELECT version_num FROM staging_version")) {
            assertTrue(rows.next());
            assertEquals("0001", rows.getString(1));
        }
        Run missing = project.run("-c", "deploy.properties", "-n", "production", "current");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("FAILED: No section 'production' in "), missing.err());
    }

    @Test
    void xArgumentsReachConfigurationAndMigrations(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.FIXTURES.resolve("xargs"), null, "migrations.package=fx");
        Run run = project.run("-x", "dburl=" + TestProject.url(target), "-x", "tenant=acme", "upgrade", "head");
        assertEquals(0, run.code(), run.toString());
        try (var c = target.connect(); var s = c.createStatement();
             var rows = s.executeQuery("SELECT to_regclass('events_acme') IS NOT NULL")) {
            rows.next();
            assertTrue(rows.getBoolean(1), "the migration read -x tenant=acme");
        }
        Run offline = project.run("upgrade", "head", "--sql", "-x", "tenant=globex", "-x", "version.table=v_table");
        assertTrue(offline.out().contains("CREATE TABLE public.events_globex ("), offline.out());
        assertTrue(offline.out().contains("INSERT INTO v_table (version_num) VALUES ('0001');"), "-x overrides a key");
    }

    @Test
    void raiseerrAndQuiet(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase());
        Run raise = project.run("--raiseerr", "upgrade", "xyz");
        assertEquals(1, raise.code());
        assertTrue(raise.err().contains("FAILED: Can't locate revision identified by 'xyz'"));
        assertTrue(raise.err().contains("\tat "), "--raiseerr shows the stack trace");
        Run quiet = project.run("-q", "upgrade", "head");
        assertEquals(0, quiet.code());
        assertEquals("", quiet.err(), "no INFO lines");
        assertEquals("0002 (head)\n", project.run("current", "--quiet").out(), "results still print");
        Run revision = project.run("revision", "-m", "quiet one", "-q");
        assertEquals(0, revision.code());
        assertEquals("", revision.out());
    }

    @Test
    void stampPurgeSeveralHeadsAndSql(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target);
        assertEquals(0, project.run("revision", "-m", "side", "--head", "0001", "--splice", "--rev-id", "s1").code());
        Run two = project.run("stamp", "0002", "s1");
        assertEquals(0, two.code(), two.toString());
        assertEquals("0002 (head)\ns1 (head)\n", project.run("current").out());
        try (var c = target.connect(); var s = c.createStatement()) {
            s.execute("UPDATE alembic_version SET version_num = 'gone' WHERE version_num = 's1'");
        }
        Run unknown = project.run("current");
        assertEquals(1, unknown.code(), "an unknown revision in the table is an error");
        Run purge = project.run("stamp", "--purge", "0001");
        assertEquals(0, purge.code(), purge.toString());
        assertEquals("0001 (branchpoint)\n", project.run("current").out());
        Run ancestor = project.run("stamp", "0001", "0002");
        assertEquals(1, ancestor.code());
        assertTrue(ancestor.err().contains("0001 is an ancestor of 0002"), ancestor.err());

        Run sql = project.run("stamp", "0002", "s1", "--sql");
        assertTrue(sql.out().startsWith("CREATE TABLE alembic_version ("), sql.out());
        assertTrue(sql.out().contains("INSERT INTO alembic_version (version_num) VALUES ('0002');\n"));
        assertTrue(sql.out().contains("INSERT INTO alembic_version (version_num) VALUES ('s1');\n"));
        Run purgeSql = project.run("stamp", "--purge", "head", "--sql");
        assertEquals(1, purgeSql.code(), "two heads: head is ambiguous");
        assertTrue(project.run("stamp", "--purge", "s1", "--sql").out().contains("DELETE FROM alembic_version;\n"));
    }

    @Test
    void ensureVersionCreatesOnlyTheVersionTable(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target);
        Run sql = project.run("ensure_version", "--sql");
        assertEquals(0, sql.code());
        assertTrue(sql.out().startsWith("CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL"), sql.out());
        assertEquals(0, project.run("ensure_version").code());
        assertEquals(0, project.run("ensure_version").code(), "again: nothing to do");
        assertEquals("alembic_version,capp_autogen_history", BehaviourCliTest.tables(target));
        assertEquals("", project.run("current").out());
    }

    @Test
    void editOpensTheRevisionInTheEditor(TestDatabase db) throws Exception {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);
        Path editor = project.root().resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\necho '// edited' >> \"$1\"\n");
        editor.toFile().setExecutable(true);
        Run edit = project.run(Map.of("EDITOR", editor.toString()), "edit", "head-1");
        assertEquals(0, edit.code(), edit.toString());
        Path file = project.migrations().resolve("com/capp/migrations/V0001_InitialSchema.java");
        assertTrue(Files.readString(file).endsWith("// edited\n"));
        Run noEditor = project.run(Map.of(), "edit", "0001");
        assertEquals(1, noEditor.code());
        assertTrue(noEditor.err().contains("FAILED: No editor: neither EDITOR nor VISUAL is set"), noEditor.err());
    }

    @Test
    void listTemplatesAndRevisionOptions(TestDatabase db) throws Exception {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null, "migrations.locations=extra");
        Run list = project.run("list_templates");
        assertEquals(0, list.code());
        assertTrue(list.out().startsWith("Available templates:\n\nmigration.java.ftl - "), list.out());
        assertTrue(list.out().contains("built in"));

        Run sqlWithout = project.run("revision", "-m", "x", "--sql");
        assertEquals(2, sqlWithout.code());
        assertTrue(sqlWithout.err().contains("--sql needs --autogenerate"), sqlWithout.err());
        assertFalse(Files.exists(project.migrations().resolve("com/capp/migrations/V0003_X.java")));

        Run extra = project.run("revision", "-m", "in extra", "--version-path", "extra");
        assertEquals(0, extra.code(), extra.toString());
        assertTrue(Files.exists(project.root().resolve("extra/com/capp/migrations/V0003_InExtra.java")));
        assertEquals("0003 (head)\n", project.run("heads").out(), "the extra folder's revisions are loaded too");
        Run elsewhere = project.run("revision", "-m", "nowhere", "--version-path", "nowhere");
        assertEquals(1, elsewhere.code());
        assertTrue(elsewhere.err().contains("is not represented in current version locations"), elsewhere.err());
    }

    @Test
    void exitCodesAreDocumentedWithAlembicsMapping(TestDatabase db) {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);
        Run help = project.run("--help");
        assertTrue(help.out().contains("after a FAILED: line; Alembic exits 255 there"), help.out());
        for (String command : new String[] {"ensure_version", "edit", "list_templates"}) {
            assertTrue(help.out().contains("\n  " + command), command);
        }
        Run failed = project.run("show", "nope");
        assertEquals(1, failed.code());
        assertTrue(failed.err().startsWith("FAILED: Can't locate revision identified by 'nope'\n  "), failed.err());
        Run usage = project.run("-x", "novalue", "current");
        assertEquals(2, usage.code(), "a malformed option is a usage error, as Alembic's argparse");
    }
}
