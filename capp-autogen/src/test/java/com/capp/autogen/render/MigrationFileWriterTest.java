package com.capp.autogen.render;

import com.capp.autogen.api.Revision;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.ResolvedMigration;
import com.capp.autogen.revision.SourceMigrationLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationFileWriterTest {

    @Test
    void namesComeFromRevisionIdAndMessage() {
        assertEquals("V0003_AddUserProfileTable",
                MigrationNames.className(MigrationNames.DEFAULT_TEMPLATE, "0003", "add user profile table"));
        assertEquals("V0004_add_email_verification_to_users",
                MigrationNames.className("V{rev}_{slug}", "0004", "add_email_verification_to_users"));
        assertEquals("V1f2_Merge", MigrationNames.className("{rev}_{Slug}", "1f2", "merge!"));
    }

    @Test
    void renderedFileCompilesAndCarriesItsIdentityInTheAnnotation() throws Exception {
        Path folder = Files.createTempDirectory("render");
        MigrationSource source = new MigrationSource("com.example.migrations", "V0003_AddUserProfileTable", "0003",
                List.of("x1"), "add \"user\" profile table", "2025-11-01 10:00:00", List.of("x1"),
                List.of("profiles"), List.of("java.util.List"),
                "        op.createTable(\"profiles\", column(\"id\", \"uuid\").notNull());\n",
                "        op.dropTable(\"profiles\");\n");
        Path file = new MigrationFileWriter(null).write(source, folder.resolve("com/example/migrations"));
        assertEquals("V0003_AddUserProfileTable.java", file.getFileName().toString());
        assertTrue(Files.readString(file).contains("public class V0003_AddUserProfileTable extends Migration"));
        Files.createDirectories(folder.resolve("x"));
        Files.writeString(folder.resolve("x/X1.java"), "package x; @com.capp.autogen.api.Revision(id = \"x1\", message = \"x\")"
                + " public class X1 extends com.capp.autogen.api.Migration { public void upgrade(com.capp.autogen.api.Op op) {}"
                + " public void downgrade(com.capp.autogen.api.Op op) {} }");

        Migrations migrations = new Migrations(new SourceMigrationLoader(folder, null).load());
        ResolvedMigration loaded = migrations.get("0003");
        Revision revision = loaded.type().getAnnotation(Revision.class);
        assertArrayEquals(new String[] {"x1"}, revision.revises());
        assertEquals("add \"user\" profile table", revision.message());
        assertArrayEquals(new String[] {"x1"}, revision.dependsOn());
        assertArrayEquals(new String[] {"profiles"}, revision.branchLabels());
    }

    @Test
    void projectTemplateFolderOverridesThePackagedTemplate() throws Exception {
        Path templates = Files.createTempDirectory("templates");
        Files.writeString(templates.resolve(MigrationFileWriter.TEMPLATE_NAME), "// ${revisionId}: ${message}\n");
        MigrationSource source = new MigrationSource("p", "C", "0009", List.of(), "custom", "", List.of(), List.of(),
                List.of(), "", "");
        assertEquals("// 0009: custom\n", new MigrationFileWriter(templates).render(source));
    }
}
