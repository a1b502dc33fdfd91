package com.capp.autogen.render;

import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The short names migrations are written with must be exact synonyms: PostgreSQL reads them back unchanged. */
@ExtendWith(PostgresExtension.class)
class ShortTypeNamesTest {

    @Test
    void shortNamesAreReadBackAsTheCanonicalType(TestDatabase db) throws Exception {
        List<String> canonical = List.of("character varying(20)", "character varying", "character(3)",
                "timestamp without time zone", "timestamp(3) without time zone", "timestamp with time zone",
                "time without time zone", "time(2) with time zone", "timestamp without time zone[]",
                "numeric(15,2)", "integer", "text", "uuid", "boolean", "double precision");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String type : canonical) {
                s.execute("CREATE TEMP TABLE t (c " + ShortTypeNames.of(type) + ")");
                try (ResultSet rs = s.executeQuery("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                        + "WHERE attrelid = 't'::regclass AND attname = 'c'")) {
                    rs.next();
                    assertEquals(type, rs.getString(1), "written as " + ShortTypeNames.of(type));
                }
                s.execute("DROP TABLE t");
            }
        }
        assertEquals("varchar(20)", ShortTypeNames.of("character varying(20)"));
        assertEquals("timestamptz", ShortTypeNames.of("timestamp with time zone"));
    }
}
