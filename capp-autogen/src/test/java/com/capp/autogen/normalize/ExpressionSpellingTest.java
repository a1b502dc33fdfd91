package com.capp.autogen.normalize;

import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The string rules against what PostgreSQL really stores: each check is created on a real server
 * and its deparsed text ({@code pg_get_expr}) must have the same canonical form as the model's.
 */
@ExtendWith(PostgresExtension.class)
class ExpressionSpellingTest {

    private static TestDatabase database;

    @BeforeAll
    static void table(TestDatabase db) throws Exception {
        database = db;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (n integer, amount numeric(10, 2), status varchar(10), code text, d date)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "n > 0 and n < 100",
            "N > 0 AND n < 100 OR n IS NULL",
            "n > 0 and (n < 100 or n = 200)",
            "not (n = 3)",
            "status in ('new', 'Done')",
            "status IN ('only')",
            "status not in ('x', 'y')",
            "code like 'A%'",
            "code not ilike '%b'",
            "n != 50",
            "n between 1 and 99",
            "n not between 40 and 41",
            "amount >= 0.01",
            "amount > -1",
            "\"status\" <> 'a b'",
            "length(code) between 1 and 10",
            "coalesce(status, 'none') <> ''",
            "d > '2020-01-01'",
            "case when n > 0 then status is not null else true end",
    })
    void modelSpellingsMatchWhatPostgresqlStores(String model) throws Exception {
        assertEquals(ExpressionSpelling.canonical(model), ExpressionSpelling.canonical(stored(model)),
                model + " is stored as " + stored(model));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "status in ('new', 'Done')  | status in ('new', 'done')",
            "status = 'a b'             | status = 'ab'",
            "n > 0 and n < 100          | n > 0 and n < 50",
            "n between 1 and 99         | n between 1 and 98",
            "code like 'A%'             | code not like 'A%'",
    })
    void realDifferencesStayDifferent(String model, String other) throws Exception {
        assertNotEquals(ExpressionSpelling.canonical(model), ExpressionSpelling.canonical(stored(other)));
    }

    private static String stored(String check) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("ALTER TABLE t ADD CONSTRAINT ck CHECK (" + check + ")");
            try (ResultSet row = s.executeQuery("SELECT pg_get_expr(conbin, conrelid) FROM pg_constraint WHERE conname = 'ck'")) {
                row.next();
                return row.getString(1);
            } finally {
                c.rollback();
            }
        }
    }
}
