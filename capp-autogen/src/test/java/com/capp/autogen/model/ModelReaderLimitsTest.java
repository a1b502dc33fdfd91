package com.capp.autogen.model;

import com.capp.autogen.schema.Identifiers63;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Table;
import com.capp.autogen.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names over 63 bytes are read as PostgreSQL stores them, with a warning; mappings the schema
 * records cannot hold fail naming entity and mapping. (The database round trip of long names is the
 * oracle case {@code long_names}.)
 */
class ModelReaderLimitsTest {

    private static final String LONG_NAMES = "com.capp.autogen.fixtures.oracle.long_names.v2";
    private static final String ANCHOR = "com.capp.autogen.fixtures.oraclebase.anchor";

    @Test
    void longNamesAreReadAsPostgresStoresThemWithAWarning() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Schema schema;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            schema = new HibernateModelReader().read(new ModelSpec(List.of(LONG_NAMES, ANCHOR), List.of(), null));
        } finally {
            System.setErr(err);
        }
        Table table = schema.table(QualifiedName.parse("a_table_name_that_is_quite_long_for_postgres_identifiers"))
                .orElseThrow();
        Index index = table.indexes().stream().filter(i -> i.name().startsWith("ix_")).findFirst().orElseThrow();
        assertEquals("ix_this_index_name_is_far_longer_than_the_sixty_three_bytes_pos", index.name());
        assertEquals(63, Identifiers63.bytes(index.name()));
        assertTrue(table.uniqueConstraints().stream().map(UniqueConstraint::name)
                .anyMatch("uq_this_unique_name_is_far_longer_than_the_sixty_three_bytes_po"::equals));
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertTrue(warnings.contains("Name 'ix_this_index_name_is_far_longer_than_the_sixty_three_bytes_postgres_keeps'"
                + " of an index of "), warnings);
        assertTrue(warnings.contains("stores it as 'ix_this_index_name_is_far_longer_than_the_sixty_three_bytes_pos'"),
                warnings);
    }

    @Test
    void multiByteNamesAreCutOnACharacterBoundary() {
        String name = "é".repeat(40); // 80 bytes
        String stored = Identifiers63.stored(name);
        assertEquals(31, stored.length());
        assertEquals(62, Identifiers63.bytes(stored));
    }

    @Test
    void unsupportedMappingsFailNamingEntityAndMapping() {
        ModelException error = assertThrows(ModelException.class, () -> new HibernateModelReader()
                .read(new ModelSpec(List.of("com.capp.autogen.fixtures.unsupported"), List.of(), null)));
        String message = error.getMessage();
        assertTrue(message.contains("entity com.capp.autogen.fixtures.unsupported.Label (table labels): "
                + "@Collate(\"C\") on column text"), message);
        assertTrue(message.contains("@Table(options = \"with (fillfactor = 70)\")"), message);
        assertTrue(message.contains("@Column(options = \"compression pglz\") on column note"), message);
    }
}
