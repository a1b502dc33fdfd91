package com.capp.migrations;

import com.capp.autogen.revision.ClasspathMigrationLoader;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.ResolvedMigration;
import com.capp.autogen.revision.SourceMigrationLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The production path: migrations found by scanning the compiled package, with no sources folder,
 * carry the same checksums as when compiled in memory from the folder (the build packages the
 * .java files beside the classes).
 */
class ClasspathMigrationsTest {

    @Test
    void classpathScanFindsCappRevisionsWithSourceChecksums() {
        Migrations fromClasspath = new Migrations(
                new ClasspathMigrationLoader("com.capp.migrations", getClass().getClassLoader()).load());
        Migrations fromFolder = new Migrations(new SourceMigrationLoader(Path.of("src/main/java"), null).load());

        assertEquals(List.of("0001", "0002"), fromClasspath.graph().order());
        assertEquals(List.of("0002"), fromClasspath.graph().heads());
        for (String id : List.of("0001", "0002")) {
            ResolvedMigration jar = fromClasspath.get(id);
            assertFalse(jar.checksum().startsWith("class:"), "source packaged beside the class");
            assertEquals(fromFolder.get(id).checksum(), jar.checksum());
        }
    }
}
