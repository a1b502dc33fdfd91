package com.capp.autogen.app;

import com.capp.autogen.runtime.MigrationFailedException;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;

import static com.capp.autogen.app.JavaFixedPointTest.execute;
import static com.capp.autogen.app.SafeFormsTest.BASE;
import static com.capp.autogen.app.SafeFormsTest.ROWS;
import static com.capp.autogen.app.SafeFormsTest.count;
import static com.capp.autogen.app.SafeFormsTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated migrations with {@code op.outsideTransaction} blocks when things go wrong: a failed
 * CONCURRENTLY build, a run stopped between its sections, an INVALID index left by a killed
 * build, and the {@code --sql} script that shows where the transaction ends.
 */
@ExtendWith(PostgresExtension.class)
class OutsideTransactionTest {

    private static final String UNIQUE = "ALTER TABLE payments ADD CONSTRAINT uq_payments_reference UNIQUE (reference)";
    private static final String INDEX_STATE = "SELECT count(*) FROM pg_class WHERE relname = 'uq_payments_reference'";

    @Test
    void failedConcurrentBuildDropsItsInvalidIndexAndLeavesTheVersionTable(TestDatabase db, @TempDir Path folder)
            throws SQLException {
        TestDatabase live = db.createDatabase();
        TestDatabase target = db.createDatabase();
        execute(live, BASE + ROWS + "UPDATE payments SET reference = 'ref-1' WHERE id = 2;");
        execute(target, BASE + UNIQUE);
        MigrateUseCase migrate = SafeFormsTest.project(JavaFixedPointTest.generated(live, target, "unique"), folder, live);

        MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> migrate.upgrade("head", false));

        assertTrue(failure.getMessage().contains("CREATE INDEX CONCURRENTLY uq_payments_reference on payments failed"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("could not create unique index"), failure.getMessage());
        assertTrue(failure.getMessage().contains("The INVALID index it left behind was dropped"), failure.getMessage());
        assertTrue(failure.hint().startsWith("Remove the duplicate values from payments"), failure.hint());
        assertEquals(0, count(live, INDEX_STATE), "no INVALID index left");
        assertEquals(0, count(live, "SELECT count(*) FROM alembic_version"), "version table unchanged");

        execute(live, "UPDATE payments SET reference = 'ref-2' WHERE id = 2");
        migrate.upgrade("head", false);
        assertEquals(snapshot(target), snapshot(live), "after the fix the same command succeeds");
    }

    @Test
    void runStoppedBetweenSectionsResumesAfterTheCommittedOnes(TestDatabase db, @TempDir Path folder)
            throws SQLException {
        TestDatabase live = db.createDatabase();
        TestDatabase target = db.createDatabase();
        execute(live, BASE + ROWS + "INSERT INTO payments VALUES (20001, 999, 'orphan', 1, 'new', '1');");
        execute(target, BASE + "ALTER TABLE payments ADD CONSTRAINT fk_payments_wallet FOREIGN KEY (wallet_id) "
                + "REFERENCES wallets (id);");
        MigrateUseCase migrate = SafeFormsTest.project(JavaFixedPointTest.generated(live, target, "fk"), folder, live);

        MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> migrate.upgrade("head", false));

        assertTrue(failure.getMessage().contains("1 section(s) before op.outsideTransaction steps stay and a re-run "
                + "resumes after them; the version table stays at <base>"), failure.getMessage());
        assertEquals(1, count(live, "SELECT count(*) FROM pg_constraint WHERE conname = 'fk_payments_wallet' "
                + "AND NOT convalidated"), "the NOT VALID key committed before VALIDATE failed");
        assertEquals(0, count(live, "SELECT count(*) FROM alembic_version"));

        execute(live, "DELETE FROM payments WHERE id = 20001");
        migrate.upgrade("head", false); // re-adding the key would fail: the committed section is skipped
        assertEquals(snapshot(target), snapshot(live));
        assertEquals(1, count(live, "SELECT count(*) FROM alembic_version WHERE version_num = '0001'"));

        migrate.downgrade("base", false);
        migrate.upgrade("head", false); // a completed run leaves no progress behind: the next one runs whole
        assertEquals(snapshot(target), snapshot(live));
    }

    @Test
    void invalidIndexLeftByAKilledBuildIsDroppedAndRebuilt(TestDatabase db, @TempDir Path folder) throws SQLException {
        TestDatabase live = db.createDatabase();
        TestDatabase target = db.createDatabase();
        execute(live, BASE + ROWS + "UPDATE payments SET reference = 'ref-1' WHERE id = 2;");
        execute(target, BASE + UNIQUE);
        MigrateUseCase migrate = SafeFormsTest.project(JavaFixedPointTest.generated(live, target, "unique"), folder, live);
        assertThrows(SQLException.class, () -> execute(live,
                "CREATE UNIQUE INDEX CONCURRENTLY uq_payments_reference ON payments (reference)"));
        assertEquals(1, count(live, "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = 'uq_payments_reference' AND NOT i.indisvalid"), "a build left an INVALID index");
        execute(live, "UPDATE payments SET reference = 'ref-2' WHERE id = 2");

        migrate.upgrade("head", false);

        assertEquals(snapshot(target), snapshot(live));
        assertEquals(1, count(live, INDEX_STATE), "one valid index, the leftover gone");
    }

    @Test
    void sqlScriptShowsTheBlocksOutsideTheTransactionAndOneVersionUpdate(TestDatabase db, @TempDir Path folder)
            throws SQLException {
        TestDatabase live = db.createDatabase();
        TestDatabase target = db.createDatabase();
        execute(live, BASE);
        execute(target, BASE + UNIQUE);
        MigrateUseCase migrate = SafeFormsTest.project(JavaFixedPointTest.generated(live, target, "unique"), folder, live);

        String up = migrate.upgradeScript("head");
        assertInOrder(up, "BEGIN;", "COMMIT;", "-- outside the transaction",
                "CREATE UNIQUE INDEX CONCURRENTLY uq_payments_reference ON public.payments (reference);", "BEGIN;",
                "ADD CONSTRAINT uq_payments_reference UNIQUE USING INDEX uq_payments_reference;",
                "INSERT INTO alembic_version", "COMMIT;");
        assertEquals(1, up.split("INSERT INTO alembic_version", -1).length - 1, "the version table is written once");

        migrate.upgrade("head", false);
        String down = migrate.downgradeScript("0001:base");
        assertInOrder(down, "BEGIN;", "DROP CONSTRAINT uq_payments_reference;", "DELETE FROM alembic_version", "COMMIT;");
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "expected " + part + " after position " + from + " in\n" + text);
            from = at + part.length();
        }
    }
}
