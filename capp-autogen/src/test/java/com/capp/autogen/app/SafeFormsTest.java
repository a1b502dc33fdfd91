package com.capp.autogen.app;

import com.capp.autogen.TestProject;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.render.MigrationFileWriter;
import com.capp.autogen.render.MigrationSource;
import com.capp.autogen.runtime.MigrationListener;
import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static com.capp.autogen.app.JavaFixedPointTest.execute;
import static com.capp.autogen.app.JavaFixedPointTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each row of the safe-forms table on a populated {@code payments} table: the migration generated
 * from the change uses the safe form (and says why), the real runner applies it (transaction,
 * outside-transaction blocks, version table), the catalog then equals both the target's and the
 * plain form's result, a second diff is empty, and the downgrade restores the original catalog.
 */
@ExtendWith(PostgresExtension.class)
class SafeFormsTest {

    static final String BASE = """
            CREATE TABLE wallets (id bigint PRIMARY KEY, owner text NOT NULL);
            CREATE TABLE payments (id bigint PRIMARY KEY, wallet_id bigint NOT NULL, reference varchar(40),
                amount integer NOT NULL CONSTRAINT ck_payments_amount CHECK (amount >= 0), status varchar(20),
                code varchar(10));
            CREATE INDEX ix_payments_status ON payments (status);
            """;
    static final String ROWS = """
            INSERT INTO wallets SELECT g, 'owner ' || g FROM generate_series(1, 100) g;
            INSERT INTO payments SELECT g, 1 + g % 100, 'ref-' || g, g % 1000, 'new', (g % 500)::text
                FROM generate_series(1, 20000) g;
            """;

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("new index", "CREATE INDEX ix_payments_wallet ON payments (wallet_id)",
                        List.of("op.outsideTransaction(() -> {", ".concurrently());", "SHARE lock")),
                Arguments.of("dropped index", "DROP INDEX ix_payments_status",
                        List.of("op.dropIndex(\"ix_payments_status\", \"payments\", true);", "ACCESS EXCLUSIVE")),
                Arguments.of("new unique constraint",
                        "ALTER TABLE payments ADD CONSTRAINT uq_payments_reference UNIQUE (reference)",
                        List.of("index(\"uq_payments_reference\", \"reference\").unique().concurrently()",
                                "op.createUniqueConstraintUsingIndex(\"uq_payments_reference\", \"payments\");")),
                Arguments.of("new foreign key", "ALTER TABLE payments ADD CONSTRAINT fk_payments_wallet "
                                + "FOREIGN KEY (wallet_id) REFERENCES wallets (id)",
                        List.of("op.createForeignKeyNotValid(\"payments\"", "op.validateConstraint(\"fk_payments_wallet\"",
                                "SHARE UPDATE EXCLUSIVE")),
                Arguments.of("new check", "ALTER TABLE payments ADD CONSTRAINT ck_payments_code CHECK (code <> '')",
                        List.of("op.createCheckConstraintNotValid(\"ck_payments_code\"", "op.validateConstraint(\"ck_payments_code\"")),
                Arguments.of("changed check", "ALTER TABLE payments DROP CONSTRAINT ck_payments_amount;"
                                + " ALTER TABLE payments ADD CONSTRAINT ck_payments_amount CHECK (amount >= 0 AND amount < 1000000)",
                        List.of("op.createCheckConstraintNotValid(\"ck_payments_amount\"", "op.validateConstraint(\"ck_payments_amount\"")),
                Arguments.of("set not null", "ALTER TABLE payments ALTER COLUMN status SET NOT NULL",
                        List.of("op.createCheckConstraintNotValid(\"payments_status_not_null\", \"payments\", \"status IS NOT NULL\");",
                                "op.validateConstraint(\"payments_status_not_null\"", ".nullable(false)",
                                "op.dropConstraint(\"payments_status_not_null\"", "skips the full-table scan")),
                Arguments.of("type change without implicit cast",
                        "ALTER TABLE payments ALTER COLUMN code TYPE integer USING code::integer",
                        List.of(".type(\"integer\").using(\"code::integer\")", "WARNING", "rewrites payments")),
                Arguments.of("int to bigint is a rewrite", "ALTER TABLE payments ALTER COLUMN amount TYPE bigint",
                        List.of("// WARNING: destructive, review before applying: rewrites payments (type integer to bigint)")),
                Arguments.of("volatile default flagged",
                        "ALTER TABLE payments ADD COLUMN token uuid DEFAULT gen_random_uuid()",
                        List.of("// WARNING: destructive, review before applying: volatile default gen_random_uuid() rewrites")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void safeFormAppliesOnPopulatedTableAndDowngradeRestores(String name, String change, List<String> expected,
                                                              TestDatabase db, @TempDir Path folder) throws Exception {
        TestDatabase live = db.createDatabase();
        TestDatabase target = db.createDatabase();
        TestDatabase plain = db.createDatabase();
        execute(live, BASE + ROWS);
        execute(plain, BASE + ROWS);
        execute(target, BASE + change);
        String original = snapshot(live);

        MigrationSource generated = JavaFixedPointTest.generated(live, target, name);
        String java = new MigrationFileWriter(null).render(generated);
        expected.forEach(text -> assertTrue(java.contains(text), "expected " + text + " in\n" + java));
        MigrateUseCase migrate = project(generated, folder, live);

        boolean rewrite = expected.stream().anyMatch(text -> text.contains("WARNING"));
        migrate.upgrade("head", false, rewrite); // lint passes the safe forms, and refuses a rewrite unless allowed
        assertEquals(snapshot(target), snapshot(live), "the safe form reaches the target");
        assertTrue(new DiffUseCase().diff(source(live), source(target), CompareOptions.ALL).isEmpty(), "check is empty");
        SqlFixedPointTest.apply(plain, new DiffUseCase(false).diff(source(plain), source(target), CompareOptions.ALL)
                .plan().upgrade());
        assertEquals(snapshot(plain), snapshot(live), "the safe form's catalog is the plain form's");
        assertEquals(20000, count(live, "SELECT count(*) FROM payments"));

        migrate.downgrade("base", false);
        assertEquals(original, snapshot(live));
    }

    static MigrateUseCase project(MigrationSource source, Path folder, TestDatabase database) {
        new MigrationFileWriter(null).write(source, folder.resolve("com/capp/migrations"));
        return new MigrateUseCase(TestProject.copyOf(folder, database).project(), MigrationListener.SILENT);
    }

    static String snapshot(TestDatabase db) {
        return CatalogSnapshot.of(db, "public", CatalogSnapshot.DEFAULT_EXCLUDE_RE);
    }

    static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
