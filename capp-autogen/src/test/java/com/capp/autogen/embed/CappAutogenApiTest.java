package com.capp.autogen.embed;

import com.capp.autogen.TestProject;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java API as an application uses it: a HikariCP pool, migrations compiled from a folder,
 * entities on the class path. Every connection borrowed must be back in the pool after each call.
 */
@ExtendWith(PostgresExtension.class)
class CappAutogenApiTest {

    private static final String V1 = "com.capp.autogen.fixtures.widgets.v1";
    private static final String V2 = "com.capp.autogen.fixtures.widgets.v2";
    private static final String V3 = "com.capp.autogen.fixtures.widgets.v3"; // adds an index on name

    private final TestDatabase classDatabase;
    private TestDatabase database; // a fresh one per test
    private HikariDataSource pool;
    private Path migrations;
    private final List<String> progress = new ArrayList<>();

    CappAutogenApiTest(TestDatabase database) {
        this.classDatabase = database;
    }

    @BeforeEach
    void pool() {
        database = classDatabase.createDatabase();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(2);
        pool = new HikariDataSource(config);
        migrations = TestProject.copyOf(TestProject.FIXTURES.resolve("widgets"), null).migrations();
    }

    @AfterEach
    void close() {
        pool.close();
    }

    private CappAutogen autogen(String modelPackage) {
        return configuration(modelPackage).load();
    }

    private Configuration configuration(String modelPackage) {
        return CappAutogen.configure().dataSource(pool).migrationsFolder(migrations)
                .migrationsPackage("com.capp.migrations").model(modelPackage).progress(progress::add);
    }

    @Test
    void upgradeCheckAndDowngradeThroughAPool() throws Exception {
        CappAutogen autogen = autogen(V1);
        assertEquals(List.of(), autogen.current());
        assertEquals(List.of("0001"), ids(autogen.pending()));
        assertEquals(List.of("0001"), ids(autogen.history()));

        MigrationResult up = autogen.upgrade("head");
        assertEquals(List.of(), up.headsBefore());
        assertEquals(List.of("0001"), up.headsAfter());
        assertEquals(List.of("0001"), ids(up.ran()));
        assertTrue(progress.contains("Running upgrade  -> 0001, create widgets"), progress.toString());
        assertEquals(List.of("0001"), ids(autogen.current()));
        assertEquals(List.of(), autogen.pending());
        assertTrue(tableExists("widgets"));
        assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "a connection was not returned");

        assertInstanceOf(DriftReport.NoDrift.class, autogen.check());
        DriftReport drift = autogen(V2).check();
        DriftReport.Drift found = assertInstanceOf(DriftReport.Drift.class, drift);
        assertFalse(found.matching());
        assertEquals(1, found.changes().size(), found.toString());
        DriftReport.Change change = found.changes().get(0);
        assertEquals("AddColumn", change.kind());
        assertTrue(change.summary().contains("widgets.color"), change.summary());
        assertEquals(List.of("ALTER TABLE public.widgets ADD COLUMN color character varying(20)"), change.sql());
        assertFalse(change.destructive());

        MigrationResult down = autogen.downgrade("base");
        assertEquals(List.of(), down.headsAfter());
        assertFalse(tableExists("widgets"));
        assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "a connection was not returned");
    }

    @Test
    void checkOnADatabaseBehindHeadSaysToUpgrade() {
        CappAutogenException e = assertThrows(CappAutogenException.class, () -> autogen(V1).check());
        assertEquals(CappAutogenException.Kind.FAILURE, e.kind());
        assertTrue(e.getMessage().contains("not up to date"), e.getMessage());
        assertTrue(e.hint().contains("upgrade head"), e.hint());
    }

    @Test
    void aPackageWithoutEntitiesIsAConfigurationErrorNotAnEmptyModel() throws Exception {
        CappAutogen autogen = autogen("com.capp.autogen.embed");
        autogen.upgrade("head");
        CappAutogenException e = assertThrows(CappAutogenException.class, autogen::check);
        assertEquals(CappAutogenException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("No @Entity classes in package(s) com.capp.autogen.embed"), e.getMessage());
        assertTrue(tableExists("widgets"), "nothing was dropped");
    }

    @Test
    void anUnknownTargetIsReportedWithoutTouchingTheDatabase() throws Exception {
        CappAutogenException e = assertThrows(CappAutogenException.class, () -> autogen(V1).upgrade("9999"));
        assertFalse(e.getMessage().isBlank());
        assertFalse(tableExists("widgets"));
    }

    @Test
    void checkCarriesTheLintOfTheMigrationItWouldGenerate() {
        autogen(V1).upgrade("head");
        DriftReport.Drift safe = assertInstanceOf(DriftReport.Drift.class, autogen(V3).check());
        assertTrue(safe.changes().get(0).sql().get(0).contains("CONCURRENTLY"), safe.toString());
        assertEquals(0, safe.lint().errors(), safe.lint().toString());
        assertEquals(1, safe.lint().migrations());
        assertTrue(safe.summary().get(0).contains("ix_widgets_name"), safe.summary().toString());

        DriftReport plain = configuration(V3).unsafeForms(true).load().check();
        LintFinding finding = plain.lint().findings().get(0);
        assertEquals("require-concurrent-index-creation", finding.rule());
        assertEquals(LintFinding.Severity.ERROR, finding.severity());
        assertEquals("new", finding.revision());
        assertTrue(finding.blocking());
        assertTrue(finding.sql().startsWith("CREATE INDEX ix_widgets_name"), finding.sql());
        assertTrue(finding.instead().contains("CONCURRENTLY"), finding.instead());
        assertFalse(finding.why().isBlank());

        DriftReport.NoDrift none = assertInstanceOf(DriftReport.NoDrift.class, autogen(V1).check());
        assertEquals(List.of(), none.summary());
        assertEquals(List.of(), none.lint().findings());
    }

    @Test
    void revisionWritesTheAutogeneratedMigrationOrNothingWhenNothingChanged() throws Exception {
        autogen(V1).upgrade("head");
        assertInstanceOf(RevisionResult.NoChanges.class, autogen(V1).revision("nothing", true));
        assertEquals(1, migrationFiles(), "no file for no changes");

        RevisionResult.Created dry = assertInstanceOf(RevisionResult.Created.class,
                autogen(V2).revision(NewRevision.message("add colour").autogenerate().dryRun()));
        assertEquals(Optional.empty(), dry.revisions().get(0).file());
        assertTrue(dry.sql().contains("ADD COLUMN color"), dry.sql());
        assertEquals(1, migrationFiles(), "a dry run writes nothing");

        RevisionResult.Created created = assertInstanceOf(RevisionResult.Created.class,
                autogen(V2).revision("add colour", true));
        RevisionResult.CreatedRevision revision = created.revisions().get(0);
        assertEquals("0002", revision.id());
        assertTrue(Files.readString(revision.file().orElseThrow()).contains("\"color\""), revision.javaSource());
        assertTrue(created.changes().get(0).contains("widgets.color"), created.changes().toString());
        assertEquals(0, created.lint().errors());

        CappAutogen reloaded = autogen(V2);
        assertEquals(List.of("0002"), ids(reloaded.upgrade("head").ran()));
        assertInstanceOf(DriftReport.NoDrift.class, reloaded.check());

        RevisionResult.Created empty = assertInstanceOf(RevisionResult.Created.class,
                reloaded.revision(NewRevision.message("by hand").revId("0100").branchLabels("manual")));
        assertEquals("0100", empty.revisions().get(0).id());
        assertEquals(List.of(), empty.changes());
        RevisionEntry written = autogen(V2).history().get(0);
        assertEquals(List.of("0100", List.of("0002"), List.of("manual"), true),
                List.of(written.id(), written.revises(), written.branchLabels(), written.head()));
        assertEquals(3, migrationFiles());
    }

    @Test
    void lintReadsThePendingMigrationsAndUpgradeRefusesErrorsUnlessAllowed() {
        CappAutogen first = autogen(V1);
        assertEquals(1, first.lint().migrations(), "0001 is pending");
        first.upgrade("head");
        assertEquals(0, first.lint().migrations(), "nothing pending");
        assertEquals(1, first.lintAll().migrations());
        configuration(V3).unsafeForms(true).load().revision("index name", true);

        CappAutogen withPlainIndex = autogen(V3);
        LintResult pending = withPlainIndex.lint();
        assertEquals(1, pending.migrations());
        assertEquals("0002", pending.findings().get(0).revision());
        assertEquals("require-concurrent-index-creation", pending.findings().get(0).rule());
        assertTrue(pending.hasErrors());
        assertEquals(pending.findings(), withPlainIndex.lint("0002").findings());

        CappAutogenException refused = assertThrows(CappAutogenException.class, () -> withPlainIndex.upgrade("head"));
        assertTrue(refused.getMessage().contains("Refusing to upgrade"), refused.getMessage());
        assertEquals(List.of("0001"), ids(withPlainIndex.current()));
        assertEquals(List.of("0002"), ids(withPlainIndex.upgrade("head", RunOption.ALLOW_UNSAFE).ran()));
        assertEquals(List.of("0002"), ids(withPlainIndex.requireAtHead()));
    }

    @Test
    void offlineScriptsNeedNoDatabaseAndUseTheConfiguredTimeouts() throws Exception {
        CappAutogen autogen = configuration(V1).ddlLockTimeout(Duration.ofMillis(750))
                .statementTimeout(Duration.ofSeconds(90)).load();
        String up = autogen.upgradeScript("head");
        assertTrue(up.contains("CREATE TABLE"), up);
        assertTrue(up.contains("lock_timeout = '750ms'"), up);
        assertTrue(up.contains("statement_timeout = '90000ms'"), up);
        assertTrue(up.contains("INSERT INTO alembic_version"), up);
        String down = autogen.downgradeScript("0001:base");
        assertTrue(down.contains("DROP TABLE"), down);
        assertFalse(tableExists("widgets"), "scripts are printed, not run");
        assertFalse(tableExists("alembic_version"));
    }

    @Test
    void anySettingOverridesTheConfigurationAndIsCheckedAsTheFilesAre() throws Exception {
        configuration(V1).setting("version.table", "widget_versions").load().upgrade("head");
        assertTrue(tableExists("widget_versions"));
        assertFalse(tableExists("alembic_version"));

        CappAutogenException e = assertThrows(CappAutogenException.class,
                () -> configuration(V1).ddlLockAttempts(0).load());
        assertEquals(CappAutogenException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains("ddl.lock.attempts must be at least 1"), e.getMessage());
    }

    @Test
    void theMigrationLockWaitIsHowLongAnUpgradeWaitsForAnotherRun() throws Exception {
        try (Connection other = database.connect(); PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, lockKey("alembic_version"));
            lock.execute();
            long start = System.nanoTime();
            CappAutogenException e = assertThrows(CappAutogenException.class,
                    () -> configuration(V1).migrationLockWait(Duration.ofSeconds(1)).load().upgrade("head"));
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("Timed out after 1 s waiting for the migration lock"), e.getMessage());
            assertTrue(waitedMillis >= 1000 && waitedMillis < 30_000, waitedMillis + " ms");
        }
        assertFalse(tableExists("widgets"));
    }

    @Test
    void verifyChecksumsFailsOnAnAppliedMigrationThatChangedAndRunsNothing() throws Exception {
        CappAutogen autogen = configuration(V1).load();
        autogen.upgrade("head");
        try {
            autogen.verifyChecksums();
            try (Connection c = database.connect()) {
                c.createStatement().execute("UPDATE capp_autogen_history SET checksum = repeat('0', 64) WHERE revision = '0001'");
            }
            CappAutogenException e = assertThrows(CappAutogenException.class, autogen::verifyChecksums);
            assertEquals(CappAutogenException.Kind.FAILURE, e.kind());
            assertTrue(e.getMessage().contains("Checksum mismatch") && e.getMessage().contains("0001"), e.getMessage());
            assertTrue(e.hint().contains("repair"), e.hint());
            assertEquals(List.of("0001"), ids(autogen.current()), "nothing ran");
        } finally {
            autogen.downgrade("base", RunOption.IGNORE_CHECKSUMS);
        }
    }

    /** The advisory lock key runs share (documented as stable across runs and tools): SHA-256 of the version table's name. */
    private static long lockKey(String versionTable) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(("capp-autogen:" + versionTable).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    private long migrationFiles() throws Exception {
        try (Stream<Path> files = Files.walk(migrations)) {
            return files.filter(f -> f.toString().endsWith(".java")).count();
        }
    }

    private boolean tableExists(String name) throws Exception {
        try (Connection c = database.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT to_regclass('public." + name + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static List<String> ids(List<RevisionEntry> revisions) {
        return revisions.stream().map(RevisionEntry::id).toList();
    }
}
