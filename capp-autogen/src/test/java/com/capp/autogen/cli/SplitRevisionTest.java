package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's two-phase deploy with {@code revision --autogenerate --split}: expand, the old code
 * still writing, the new code backfilling, then contract reaching the new model.
 */
@ExtendWith(PostgresExtension.class)
class SplitRevisionTest {

    private static final Path LEDGER = TestProject.FIXTURES.resolve("ledger");
    private static final String V2 = "com.capp.autogen.fixtures.ledger.v2";
    private static final Path FOLDER = Path.of("com/capp/migrations");

    @Test
    void expandKeepsTheOldCodeWorkingAndContractReachesTheNewModel(TestDatabase db) throws Exception {
        TestDatabase live = db.createDatabase();
        TestProject project = TestProject.copyOf(LEDGER, live);
        assertEquals(0, project.run("upgrade", "head").code());
        execute(live, "INSERT INTO payments SELECT gen_random_uuid(), 'ref-' || g, 'new', 'c' || g % 9 "
                + "FROM generate_series(1, 5000) g");
        String original = CatalogSnapshot.of(live);

        Run split = project.run("revision", "--autogenerate", "--split", "-m", "payment currency",
                "--model-package", V2);
        assertEquals(0, split.code(), split.toString());
        String expand = Files.readString(project.migrations().resolve(FOLDER.resolve("V0002_PaymentCurrencyExpand.java")));
        String contract = Files.readString(project.migrations().resolve(FOLDER.resolve("V0003_PaymentCurrencyContract.java")));
        assertTrue(expand.contains("op.addColumn(\"payments\", column(\"currency\", \"varchar(3)\"));"), expand);
        assertTrue(expand.contains("index(\"ix_payments_reference\", \"reference\").concurrently()"), expand);
        String expandUpgrade = expand.substring(0, expand.indexOf("public void downgrade"));
        assertFalse(expandUpgrade.contains("dropColumn") || expandUpgrade.contains("nullable(false)"), expand);
        assertTrue(contract.contains("revises = {\"0002\"}"), contract);
        assertTrue(contract.contains("op.dropColumn(\"payments\", \"code\");"), contract);
        assertTrue(contract.contains("op.validateConstraint(\"payments_currency_not_null\", \"payments\");"), contract);
        assertTrue(contract.contains("op.validateConstraint(\"payments_status_not_null\", \"payments\");"), contract);

        assertEquals(0, project.run("upgrade", "0002").code());
        execute(live, "INSERT INTO payments (id, reference, status, code) VALUES (gen_random_uuid(), 'old', NULL, 'x')");
        execute(live, "UPDATE payments SET currency = 'XAF', status = coalesce(status, 'new')"); // the new code's backfill
        assertEquals("1", strings(live, "SELECT count(*) FROM information_schema.columns "
                + "WHERE table_name = 'payments' AND column_name = 'code'"), "the old column is still there");

        Run refused = project.run("upgrade", "head");
        assertEquals(1, refused.code(), "lint stops the column drop until it is allowed\n" + refused);
        Run contractRun = project.run("upgrade", "head", "--allow-unsafe");
        assertEquals(0, contractRun.code(), contractRun.toString());
        assertEquals(0, project.run("check", "--model-package", V2).code(), "the contract reaches the new model");

        assertEquals(0, project.run("downgrade", "0001").code());
        assertEquals(original, CatalogSnapshot.of(live), "both downgrades restore the catalog");
    }

    private static String strings(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
