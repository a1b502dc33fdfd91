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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

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

    private final TestDatabase database;
    private HikariDataSource pool;
    private Path migrations;
    private final List<String> progress = new ArrayList<>();

    CappAutogenApiTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void pool() {
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
        return CappAutogen.configure().dataSource(pool).migrationsFolder(migrations)
                .migrationsPackage("com.capp.migrations").model(modelPackage).progress(progress::add).load();
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
