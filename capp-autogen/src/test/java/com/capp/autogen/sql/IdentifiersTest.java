package com.capp.autogen.sql;

import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our quoting must agree with PostgreSQL's own quote_ident for every keyword and tricky name. */
@ExtendWith(PostgresExtension.class)
class IdentifiersTest {

    @Test
    void quotesExactlyAsPostgresQuoteIdentDoes(TestDatabase db) throws Exception {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT w, quote_ident(w) FROM (
                       SELECT word AS w FROM pg_get_keywords()
                       UNION ALL SELECT unnest(ARRAY['users', 'Users', 'user', 'order', 'mixedCase', 'with space',
                         'quote"inside', '1starts_with_digit', '_ok', 'dollar$ok', 'été', 'ALLCAPS'])) t""")) {
            while (rs.next()) {
                checked++;
                String word = rs.getString(1);
                if (!rs.getString(2).equals(Identifiers.quote(word))) {
                    mismatches.add(word + " -> " + rs.getString(2) + " but we wrote " + Identifiers.quote(word));
                }
            }
        }
        assertTrue(checked > 400, "pg_get_keywords returned " + checked + " rows");
        assertEquals(List.of(), mismatches);
    }
}
