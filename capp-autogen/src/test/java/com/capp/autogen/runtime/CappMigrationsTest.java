package com.capp.autogen.runtime;

import com.capp.autogen.TestProject;
import com.capp.autogen.app.MigrateUseCase;
import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.SharedFiles;
import com.capp.testsupport.SqlScript;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** CAPP's 0001 and 0002 against the reference schema capp_head.sql, both ways. */
@ExtendWith(PostgresExtension.class)
class CappMigrationsTest {

    static final Path CAPP_HEAD = SharedFiles.capp("capp_head.sql");

    @Test
    void upgradeHeadGivesExactlyTheReferenceCatalog(TestDatabase db) {
        TestDatabase reference = db.createDatabase();
        SqlScript.run(reference, CAPP_HEAD);
        TestDatabase migrated = db.createDatabase();

        migrate(migrated).upgrade("head", false);

        String expected = CatalogSnapshot.of(reference);
        assertFalse(expected.isBlank());
        assertEquals(expected, CatalogSnapshot.of(migrated));
    }

    @Test
    void downgradeBaseLeavesOnlyTheBookkeepingTablesAndUpgradeAgainRestoresTheSchema(TestDatabase db) throws SQLException {
        TestDatabase migrated = db.createDatabase();
        MigrateUseCase migrate = migrate(migrated);
        migrate.upgrade("head", false);
        String atHead = CatalogSnapshot.of(migrated);

        RunResult down = migrate.downgrade("base", false);
        assertEquals(List.of(), down.headsAfter());
        assertEquals(List.of("alembic_version", "capp_autogen_history"), tables(migrated));
        assertEquals(List.of(), versions(migrated));

        migrate.upgrade("head", false);
        assertEquals(atHead, CatalogSnapshot.of(migrated));
        assertEquals(List.of("0002"), versions(migrated));
    }

    @Test
    void downgradeOneStepDropsOnlyTheCallbackTables(TestDatabase db) throws SQLException {
        TestDatabase migrated = db.createDatabase();
        MigrateUseCase migrate = migrate(migrated);
        migrate.upgrade("head", false);
        migrate.downgrade("-1", false);
        assertEquals(List.of("0001"), versions(migrated));
        assertFalse(tables(migrated).contains("mpesa_transactions"));
        assertEquals(11 - 3 + 2, tables(migrated).size());
    }

    static MigrateUseCase migrate(TestDatabase database) {
        return new MigrateUseCase(TestProject.copyOf(TestProject.CAPP_MIGRATIONS, database).project(),
                MigrationListener.SILENT);
    }

    static List<String> tables(TestDatabase database) throws SQLException {
        return strings(database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    }

    static List<String> versions(TestDatabase database) throws SQLException {
        return strings(database, "SELECT version_num FROM alembic_version ORDER BY 1");
    }

    static List<String> strings(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
