package com.capp.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs two probe classes through the JUnit engine and checks, from outside, that they got
 * different databases and that all of them (including extra ones) were dropped afterwards.
 */
@ExtendWith(PostgresExtension.class)
class PerClassLifecycleTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Test
    void eachClassGetsItsOwnDatabaseAndItIsDroppedAfterTheClass(TestDatabase observer) throws SQLException {
        SEEN.clear();
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ProbeA.class), selectClass(ProbeB.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));

        assertEquals(3, SEEN.size(), SEEN.toString());
        assertEquals(3, SEEN.stream().distinct().count(), SEEN.toString());
        for (String name : SEEN) {
            assertEquals(0, countDatabasesNamed(observer, name), name + " should have been dropped");
        }
    }

    private static int countDatabasesNamed(TestDatabase observer, String name) throws SQLException {
        try (Connection c = observer.connect();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @ExtendWith(PostgresExtension.class)
    static class ProbeA {
        @Test
        void recordsItsDatabases(TestDatabase db) {
            SEEN.add(db.name());
            TestDatabase extra = db.createDatabase();
            assertNotEquals(db.name(), extra.name());
            SEEN.add(extra.name());
        }
    }

    @ExtendWith(PostgresExtension.class)
    static class ProbeB {
        @Test
        void recordsItsDatabase(TestDatabase db) {
            SEEN.add(db.name());
        }
    }
}
