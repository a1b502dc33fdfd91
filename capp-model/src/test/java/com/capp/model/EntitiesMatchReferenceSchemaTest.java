package com.capp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.SharedFiles;
import com.capp.testsupport.SqlScript;
import com.capp.testsupport.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The model's contract: the schema Hibernate creates from the entities is exactly the reference
 * schema shared/capp/capp_head.sql, as seen by the canonical catalog query.
 */
@ExtendWith(PostgresExtension.class)
class EntitiesMatchReferenceSchemaTest {

    @Test
    void entitiesDescribeTheReferenceSchemaExactly(TestDatabase fromEntities) {
        TestDatabase reference = fromEntities.createDatabase();
        SqlScript.run(reference, SharedFiles.capp("capp_head.sql"));
        EntitySchemaExporter.createSchema(fromEntities);

        String expected = CatalogSnapshot.of(reference);
        String actual = CatalogSnapshot.of(fromEntities);

        writeForDiff(expected, actual);
        // Guard against comparing two empty snapshots.
        assertTrue(expected.contains("table|public.payments|"), expected);
        assertEquals(expected, actual);
    }

    /** Leaves both snapshots in target/ so a failure can be read with `diff -u`. */
    private static void writeForDiff(String expected, String actual) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "catalog"));
            Files.writeString(dir.resolve("reference.txt"), expected + "\n");
            Files.writeString(dir.resolve("entities.txt"), actual + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
