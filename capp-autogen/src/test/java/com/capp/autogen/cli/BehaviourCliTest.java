package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, behaviour differences with Alembic settled: transaction scope, audit table, side effects, logs. */
@ExtendWith(PostgresExtension.class)
class BehaviourCliTest {

    /** The tables of {@code public}, comma separated, sorted. */
    static String tables(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var c = db.connect(); var s = c.createStatement(); var rows = s.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return String.join(",", names);
    }

    private static TestProject fixture(String name, TestDatabase db, String... properties) {
        String[] all = new String[properties.length + 1];
        all[0] = "migrations.package=fx";
        System.arraycopy(properties, 0, all, 1, properties.length);
        return TestProject.copyOf(TestProject.FIXTURES.resolve(name), db, all);
    }

    @Test
    void oneTransactionModeLeavesAFreshDatabaseEmpty(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        Run run = fixture("failing", target, "transaction.per.migration=false").run("upgrade", "head");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("rolled back; the database stays at <base>"), run.err());
        assertEquals("", tables(target), "not even the version table");

        TestDatabase perMigration = db.createDatabase();
        Run committed = fixture("failing", perMigration).run("upgrade", "head");
        assertEquals(1, committed.code());
        assertTrue(committed.err().contains("rolled back; the database stays at 0001"), committed.err());
        assertEquals("alembic_version,capp_autogen_history,good_table", tables(perMigration), "the default commits 0001");
    }

    /** slow: 0001 a table, 0002 CREATE INDEX CONCURRENTLY (not transactional); plus a 0003 that fails. */
    @Test
    void nonTransactionalMigrationsWorkInBothModes(TestDatabase db) throws Exception {
        for (String mode : List.of("true", "false")) {
            TestDatabase target = db.createDatabase();
            TestProject project = fixture("slow", target, "transaction.per.migration=" + mode);
            Files.writeString(project.migrations().resolve("fx/F0003.java"), Files.readString(
                    TestProject.FIXTURES.resolve("failing/fx/F0002.java")).replace("F0002", "F0003")
                    .replace("id = \"0002\", revises = \"0001\"", "id = \"0003\", revises = \"0002\""));
            Run run = project.run("upgrade", "head");
            assertEquals(1, run.code(), "0003 fails");
            assertTrue(run.err().contains("Running upgrade 0002 -> 0003 failed (rolled back; the database stays at 0002)"),
                    mode + ": " + run.err());
            assertEquals("0002\n", project.run("current").out(), mode);
            try (var c = target.connect(); var s = c.createStatement();
                 var rows = s.executeQuery("SELECT to_regclass('ix_slow_table_id') IS NOT NULL")) {
                rows.next();
                assertTrue(rows.getBoolean(1), mode + ": the concurrent index exists");
            }
            assertFalse(tables(target).contains("half_done"), mode);
        }
    }

    @Test
    void oneTransactionModeOfflineIsOneTransaction(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target);
        String script = project.run("-x", "transaction.per.migration=false", "upgrade", "head", "--sql").out();
        assertTrue(script.startsWith("BEGIN;\n\nCREATE TABLE alembic_version ("), script);
        assertTrue(script.endsWith("COMMIT;\n\n"), script);
        assertEquals(1, script.split("BEGIN;", -1).length - 1, "one BEGIN");
        assertEquals(1, script.split("COMMIT;", -1).length - 1, "one COMMIT");
        try (var c = target.connect(); var s = c.createStatement()) {
            s.execute(script);
        }
        assertEquals("0002 (head)\n", project.run("current").out());

        String slow = fixture("slow", null, "transaction.per.migration=false").run("upgrade", "head", "--sql").out();
        assertTrue(slow.contains("COMMIT;\n\n-- not transactional"), "the run's transaction ends before it: " + slow);
        assertTrue(slow.endsWith("COMMIT;\n\nBEGIN;\n\nCOMMIT;\n\n"), slow);
    }

    @Test
    void auditTableCanBeTurnedOff(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target, "audit.table=");
        assertEquals(0, project.run("upgrade", "head").code());
        assertFalse(tables(target).contains("capp_autogen_history"), tables(target));
        assertEquals(0, project.run("downgrade", "base").code());
        assertEquals(0, project.run("stamp", "head").code());
        assertEquals("alembic_version", tables(target));
        assertFalse(project.run("upgrade", "head", "--sql").out().contains("capp_autogen_history"));
    }

    @Test
    void auditTableCanLiveInASchemaOfItsOwn(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target, "audit.table=capp_autogen.history");
        assertEquals(0, project.run("upgrade", "head").code());
        assertFalse(tables(target).contains("history"), "Alembic's reflection of public does not see it");
        try (var c = target.connect(); var s = c.createStatement();
             var rows = s.executeQuery("SELECT string_agg(revision, ',' ORDER BY id) FROM capp_autogen.history")) {
            rows.next();
            assertEquals("0001,0002", rows.getString(1));
        }
        Run offline = project.run("upgrade", "head", "--sql");
        assertTrue(offline.out().contains("CREATE SCHEMA IF NOT EXISTS capp_autogen;\n"), offline.out());
        assertTrue(offline.out().contains("INSERT INTO capp_autogen.history (revision,"));
        Run bad = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target, "audit.table=a.b.c").run("current");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("FAILED: audit.table must be a plain table name or schema.table"), bad.err());
    }

    @Test
    void aFailedCommandCreatesNoTables(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target);
        assertEquals(1, project.run("upgrade", "xyz").code());
        assertEquals(1, project.run("downgrade", "xyz").code());
        assertEquals(1, project.run("stamp", "xyz").code());
        assertEquals("", tables(target));
    }

    @Test
    void downgradeToBaseSqlDropsTheVersionTable(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, target);
        Run down = project.run("downgrade", "head:base", "--sql");
        assertEquals(0, down.code(), down.toString());
        assertTrue(down.out().endsWith("COMMIT;\n\nDROP TABLE alembic_version;\n\n"), down.out());
        assertFalse(project.run("downgrade", "0002:0001", "--sql").out().contains("DROP TABLE alembic_version"));
        try (var c = target.connect(); var s = c.createStatement()) {
            s.execute(project.run("upgrade", "head", "--sql").out());
            s.execute(down.out());
            s.execute(project.run("upgrade", "head", "--sql").out());
        }
        assertTrue(tables(target).contains("users"), "the head script applies again after the base script");
    }

    @Test
    void logLinesUseAlembicsLoggerName(TestDatabase db) {
        Run run = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, db.createDatabase()).run("upgrade", "head");
        assertTrue(run.err().startsWith("INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.\n"
                + "INFO  [alembic.runtime.migration] Will assume transactional DDL.\n"), run.err());
        assertTrue(run.err().contains("INFO  [alembic.runtime.migration] Running upgrade  -> 0001, initial schema\n"));
    }
}
