package com.capp.autogen.runtime;

import com.capp.autogen.TestProject;
import com.capp.autogen.app.CurrentUseCase;
import com.capp.autogen.app.MigrateUseCase;
import com.capp.autogen.revision.RevisionInfo;
import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.SharedFiles;
import com.capp.testsupport.SqlScript;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Taking over a database Alembic migrated, and the offline script run through psql. */
@ExtendWith(PostgresExtension.class)
class AdoptionAndOfflineTest {

    @Test
    void databaseMigratedByAlembicToHeadIsAtHeadWithNoStamp(TestDatabase db) throws Exception {
        TestDatabase alembic = db.createDatabase();
        SqlScript.run(alembic, SharedFiles.capp("capp_head.sql"));
        try (Connection c = alembic.connect(); Statement s = c.createStatement()) {
            // exactly what Python Alembic creates
            s.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                    + "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
            s.execute("INSERT INTO alembic_version (version_num) VALUES ('0002')");
        }
        String before = CatalogSnapshot.of(alembic);
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, alembic);

        List<RevisionInfo> current = new CurrentUseCase(project.project()).requireAtHead();
        RunResult upgrade = new MigrateUseCase(project.project(), MigrationListener.SILENT).upgrade("head", false);

        assertEquals(List.of("0002"), current.stream().map(RevisionInfo::id).toList());
        assertEquals(List.of(), upgrade.steps());
        assertEquals(before, CatalogSnapshot.of(alembic));
    }

    @Test
    void offlineStampAdoptsADatabaseBuiltBySomeOtherMeans(TestDatabase db) throws Exception {
        TestDatabase built = db.createDatabase();
        SqlScript.run(built, SharedFiles.capp("capp_head.sql"));
        String before = CatalogSnapshot.of(built);
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);
        String script = new MigrateUseCase(project.project(), MigrationListener.SILENT).stampScript("head");
        assertTrue(script.contains("INSERT INTO alembic_version (version_num) VALUES ('0002')"), script);

        try (Connection c = built.connect(); Statement s = c.createStatement()) {
            s.execute(script);
        }
        assertEquals(List.of("0002"), CappMigrationsTest.versions(built));
        assertEquals(before, CatalogSnapshot.of(built), "stamp runs no migration");
        assertEquals(List.of(), new MigrateUseCase(TestProject.copyOf(TestProject.CAPP_MIGRATIONS, built).project(),
                MigrationListener.SILENT).upgrade("head", false).steps());
    }

    @Test
    void offlineScriptThroughPsqlGivesTheSameCatalogAsOnlineUpgrade(TestDatabase db) throws Exception {
        assumeTrue(onPath("psql"), "psql is not installed (.ci/run installs postgresql-client)");
        TestDatabase online = db.createDatabase();
        TestDatabase offline = db.createDatabase();
        new MigrateUseCase(TestProject.copyOf(TestProject.CAPP_MIGRATIONS, online).project(), MigrationListener.SILENT)
                .upgrade("head", false);
        String script = new MigrateUseCase(TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null).project(),
                MigrationListener.SILENT).upgradeScript("head");
        Path file = Files.createTempFile("upgrade", ".sql");
        Files.writeString(file, script);

        Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", file.toString(),
                "-d", TestProject.url(offline).substring("jdbc:".length()))
                .redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes());
        assertTrue(psql.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, psql.exitValue(), output);

        assertEquals(CatalogSnapshot.of(online), CatalogSnapshot.of(offline));
        assertEquals(List.of("0002"), CappMigrationsTest.versions(offline));
        assertEquals(CappMigrationsTest.strings(online, "SELECT revision || ' ' || checksum FROM capp_autogen_history ORDER BY id"),
                CappMigrationsTest.strings(offline, "SELECT revision || ' ' || checksum FROM capp_autogen_history ORDER BY id"));
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
