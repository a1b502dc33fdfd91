package com.capp.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class FreshDatabaseTest {

    private final TestDatabase injectedInConstructor;

    FreshDatabaseTest(TestDatabase db) {
        this.injectedInConstructor = db;
    }

    @Test
    void freshDatabaseHasNoTablesAndIsTheOneWeAskedFor(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertEquals(db.name(), scalar(s, "SELECT current_database()"));
            assertEquals("0", scalar(s, "SELECT count(*) FROM pg_class c JOIN pg_namespace n "
                    + "ON n.oid = c.relnamespace WHERE n.nspname = 'public'"));
        }
    }

    @Test
    void everyInjectionInOneClassSeesTheSameDatabase(TestDatabase db) {
        assertEquals(injectedInConstructor.name(), db.name());
        assertTrue(db.jdbcUrl().contains("/" + db.name()), db.jdbcUrl());
    }

    @Test
    void createDatabaseGivesAnotherEmptyDatabase(TestDatabase db) throws SQLException {
        TestDatabase other = db.createDatabase();
        assertNotEquals(db.name(), other.name());
        try (Connection c = other.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals(other.name(), scalar(s, "SELECT current_database()"));
            s.execute("CREATE TABLE only_here (id int)");
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertEquals("0", scalar(s, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'"));
        }
    }

    static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
