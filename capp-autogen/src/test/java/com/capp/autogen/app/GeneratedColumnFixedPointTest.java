package com.capp.autogen.app;

import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.render.SqlScriptRenderer;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.QualifiedName;
import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored generated columns, in the style of {@link SqlFixedPointTest}: the upgrade SQL of diff(A, B)
 * makes A's catalog equal B's, a second diff is empty, the downgrade restores A's catalog. Each
 * direction is a case: added, dropped, expression changed, ordinary column made generated.
 */
@ExtendWith(PostgresExtension.class)
class GeneratedColumnFixedPointTest {

    private static final String BASE = "CREATE TABLE items (id integer PRIMARY KEY, price numeric(10,2) NOT NULL, quantity integer NOT NULL";
    private static final Map<String, String> VARIANTS = Map.of(
            "none", BASE + ")",
            "generated", BASE + ", total numeric GENERATED ALWAYS AS (price * quantity) STORED)",
            "doubled", BASE + ", total numeric GENERATED ALWAYS AS (price * quantity * 2) STORED)",
            "ordinary", BASE + ", total numeric)");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"none, generated", "generated, none", "generated, doubled", "ordinary, generated", "generated, ordinary"})
    void upgradeReachesTargetAndDowngradeRestores(String from, String to, TestDatabase db) throws SQLException {
        TestDatabase a = db.createDatabase();
        TestDatabase b = db.createDatabase();
        execute(a, VARIANTS.get(from));
        execute(b, VARIANTS.get(to));
        String original = CatalogSnapshot.of(a);

        DiffResult diff = new DiffUseCase().diff(source(a), source(b), CompareOptions.ALL);
        assertFalse(diff.isEmpty(), "the change must be detected");
        execute(a, new SqlScriptRenderer().render(diff.plan().upgrade()));
        assertEquals(CatalogSnapshot.of(b), CatalogSnapshot.of(a));
        assertTrue(new DiffUseCase().diff(source(a), source(b), CompareOptions.ALL).isEmpty(), "second diff is empty");

        execute(a, new SqlScriptRenderer().render(diff.plan().downgrade()));
        assertEquals(original, CatalogSnapshot.of(a));
    }

    @Test
    void aChangedExpressionReplacesTheColumnAndWarns(TestDatabase db) throws SQLException {
        TestDatabase a = db.createDatabase();
        TestDatabase b = db.createDatabase();
        execute(a, VARIANTS.get("generated"));
        execute(b, VARIANTS.get("doubled"));
        DiffResult diff = new DiffUseCase().diff(source(a), source(b), CompareOptions.ALL);
        assertTrue(diff.plan().upgrade().stream().anyMatch(s -> s.warning() != null), diff.plan().upgrade().toString());
    }

    @Test
    void inspectReadsTheGenerationExpressionAndNoDefault(TestDatabase db) throws SQLException {
        TestDatabase a = db.createDatabase();
        execute(a, VARIANTS.get("generated"));
        Column total = source(a).load(List.of()).table(QualifiedName.parse("items")).orElseThrow()
                .column("total").orElseThrow();
        assertNull(total.defaultExpression());
        assertEquals("(price * (quantity)::numeric)", total.generatedExpression());
    }

    private static DatabaseSchemaSource source(TestDatabase db) {
        return new DatabaseSchemaSource(db.dataSource(), db.name(), "alembic_version");
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
