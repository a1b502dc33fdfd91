package com.capp.autogen.devdb;

import com.capp.autogen.DevProcesses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevDatabaseTest {

    private static DevDatabaseSettings settings;

    @BeforeAll
    static void cacheUnderTarget() throws Exception {
        settings = new DevDatabaseSettings(Files.createTempDirectory(Path.of("target"), "devdb-cache").toAbsolutePath());
    }

    @Test
    void startsServesAndStopsLeavingNoProcessAndAReusableCache() throws Exception {
        List<String> progress = new ArrayList<>();
        try (DevDatabase db = DevDatabase.start(settings, progress::add); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE leftover (id int)");
            assertTrue(DevProcesses.postgresUnder(settings.cacheDir()) > 0, "server should run while open");
        }
        assertEquals(0, DevProcesses.postgresUnder(settings.cacheDir()), "no postgres process may outlive close()");
        assertTrue(progress.get(0).startsWith("Starting embedded PostgreSQL"), progress.toString());
        assertTrue(Files.exists(settings.dataDir().resolve("PG_VERSION")), "data directory is cached");

        try (DevDatabase again = DevDatabase.start(settings, line -> { }); Connection c = again.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'leftover'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "each run starts from an empty scratch database");
        }
        assertEquals(0, DevProcesses.postgresUnder(settings.cacheDir()));
    }

    @Test
    void aSecondConcurrentRunGetsAPrivateDataDirectoryThatIsDeletedAfterwards() throws Exception {
        try (DevDatabase first = DevDatabase.start(settings, line -> { });
             DevDatabase second = DevDatabase.start(settings, line -> { })) {
            assertNotEquals(first.jdbcUrl(), second.jdbcUrl());
            try (Connection c = second.connect()) {
                assertTrue(c.isValid(5));
            }
        }
        assertEquals(0, DevProcesses.postgresUnder(settings.cacheDir()));
        try (Stream<Path> entries = Files.list(settings.cacheDir())) {
            assertFalse(entries.anyMatch(p -> p.getFileName().toString().startsWith("private-data-")),
                    "private data directories are removed on close");
        }
    }

    @Test
    void runsTheConfiguredPostgresMajor() throws Exception {
        DevDatabaseSettings pg17 = new DevDatabaseSettings(settings.cacheDir(), "17");
        try (DevDatabase db = DevDatabase.start(pg17, line -> { }); Connection c = db.connect();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            assertEquals("17", rs.getString(1).substring(0, 2));
        }
        assertEquals(0, DevProcesses.postgresUnder(settings.cacheDir()));
    }
}
