package com.capp.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class CatalogSnapshotTest {

    @Test
    void emptyDatabaseShowsOnlyThePublicSchema(TestDatabase db) {
        assertEquals("schema|public|comment=", CatalogSnapshot.of(db.createDatabase()));
    }

    @Test
    void referenceSchemaLoadsAndBookkeepingTablesAreExcluded(TestDatabase db) throws SQLException {
        TestDatabase reference = db.createDatabase();
        SqlScript.run(reference, SharedFiles.capp("capp_head.sql"));
        try (Connection c = reference.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE public.alembic_version (version_num varchar(32) PRIMARY KEY)");
        }

        String snapshot = CatalogSnapshot.of(reference);

        assertTrue(snapshot.contains("table|public.users|kind=r|"), snapshot);
        assertTrue(snapshot.contains("constraint|public.payments|payments_sender_id_fkey|foreign key|"
                + "FOREIGN KEY (sender_id) REFERENCES public.users(id)|comment="), snapshot);
        assertFalse(snapshot.contains("alembic_version"), snapshot);
        assertTrue(CatalogSnapshot.of(reference, "public", "^nothing$").contains("alembic_version"));
    }
}
