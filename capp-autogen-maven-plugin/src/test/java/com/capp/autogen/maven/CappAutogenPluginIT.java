package com.capp.autogen.maven;

import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin in a real Maven build of a small JPA project (two entities, one migration). */
@ExtendWith(PostgresExtension.class)
class CappAutogenPluginIT {

    private static final String CUSTOMER = "src/main/java/com/example/shop/model/Customer.java";

    @Test
    void verifyFailsOnDriftUntilARevisionCarriesIt(@TempDir Path dir) throws Exception {
        SampleBuild sample = SampleBuild.copyTo(dir, List.of());

        SampleBuild.Result clean = sample.mvn("verify");
        assertEquals(0, clean.code(), clean.toString());
        assertTrue(clean.output().contains("No new upgrade operations detected."), clean.toString());

        SampleBuild.edit(sample.file(CUSTOMER), "String name;", "String name;\n\n    @Column(length = 200)\n    String email;");
        SampleBuild.Result drift = sample.mvn("verify");
        assertNotEquals(0, drift.code(), drift.toString());
        assertTrue(drift.output().contains("the entities hold changes no migration carries"), drift.toString());
        assertTrue(drift.output().contains("Detected added column 'customers.email'"), drift.toString());
        assertTrue(drift.output().contains("BUILD FAILURE"), drift.toString());

        SampleBuild.Result skipped = sample.mvn("verify", "-Dcapp.autogen.skip");
        assertEquals(0, skipped.code(), skipped.toString());
        assertTrue(skipped.output().contains("capp-autogen: skipped"), skipped.toString());

        SampleBuild.Result revision = sample.mvn("capp-autogen:revision", "-Dautogenerate", "-Dmessage=customer email",
                "-DrevId=0002");
        assertEquals(0, revision.code(), revision.toString());
        Path written = sample.file("src/main/migrations/com/example/shop/migrations/V0002_CustomerEmail.java");
        assertTrue(revision.output().contains("Generated 0002: " + written.toAbsolutePath()), revision.toString());
        String migration = Files.readString(written);
        assertTrue(migration.contains("revises = {\"0001\"}"), migration);
        assertTrue(migration.contains("op.addColumn(\"customers\", column(\"email\", \"varchar(200)\"))"), migration);

        SampleBuild.Result fixed = sample.mvn("verify");
        assertEquals(0, fixed.code(), fixed.toString());
        assertTrue(fixed.output().contains("Replaying 2 migrations"), fixed.toString());
        assertTrue(fixed.output().contains("No new upgrade operations detected."), fixed.toString());
        assertEquals(0, SampleBuild.embeddedServersRunning(), "an embedded PostgreSQL outlived its build");
    }

    @Test
    void databaseGoalsTakeTheCredentialsOfASettingsServer(TestDatabase database, @TempDir Path dir) throws Exception {
        // a server that trusts local connections (the embedded one) ignores the password, but it still
        // travels in the URL: a distinct placeholder makes the not-printed check below mean something
        String password = database.password() == null ? "placeholder-pw-5Jq8" : database.password();
        SampleBuild sample = SampleBuild.copyTo(dir, List.<String[]>of(new String[] {"shop-db", database.user(), password}));
        String[] target = {"-Dcapp.autogen.url=" + database.jdbcUrl(), "-Dcapp.autogen.serverId=shop-db"};

        SampleBuild.Result upgrade = sample.mvn(with(target, "capp-autogen:sql", "capp-autogen:lint",
                "capp-autogen:upgrade", "capp-autogen:current", "capp-autogen:history"));
        assertEquals(0, upgrade.code(), upgrade.toString());
        String script = Files.readString(sample.file("target/capp-autogen/migration.sql"));
        assertTrue(script.contains("CREATE TABLE public.customers ("), script);
        assertTrue(script.contains("INSERT INTO alembic_version (version_num) VALUES ('0001')"), script);
        assertTrue(upgrade.output().contains("Linted 1 migration (3 statements): 0 errors"), upgrade.toString());
        assertTrue(upgrade.output().contains("Running upgrade  -> 0001, customers and orders"), upgrade.toString());
        assertTrue(upgrade.output().contains("Ran 1 upgrade; the database is now at 0001."), upgrade.toString());
        assertTrue(upgrade.output().contains("<base> -> 0001, customers and orders"), upgrade.toString());
        assertFalse(upgrade.output().contains(password), "the password was printed");
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery("select version_num from alembic_version")) {
            assertTrue(rows.next());
            assertEquals("0001", rows.getString(1));
        }

        // the entities against the database at head (compiled first: check reads the build output)
        SampleBuild.Result check = sample.mvn(with(target, "compile", "capp-autogen:check"));
        assertEquals(0, check.code(), check.toString());
        assertTrue(check.output().contains("No new upgrade operations detected."), check.toString());

        SampleBuild.Result downgrade = sample.mvn(with(target, "capp-autogen:downgrade", "-Dtarget=base"));
        assertEquals(0, downgrade.code(), downgrade.toString());
        assertTrue(downgrade.output().contains("Ran 1 downgrade; the database is now at base."), downgrade.toString());
        assertFalse(check.output().contains(password) || downgrade.output().contains(password), "the password was printed");
    }

    @Test
    void aWrongUrlOrServerIdFailsWithWhatToDo(@TempDir Path dir) throws Exception {
        SampleBuild sample = SampleBuild.copyTo(dir, List.of());

        SampleBuild.Result unreachable = sample.mvn("capp-autogen:current",
                "-Dcapp.autogen.url=postgresql://shop:s3cret-pw@127.0.0.1:1/shop");
        assertNotEquals(0, unreachable.code(), unreachable.toString());
        assertTrue(unreachable.output().contains("127.0.0.1:1"), unreachable.toString());
        assertFalse(unreachable.output().contains("s3cret-pw"), "the password was printed:\n" + unreachable);

        SampleBuild.Result noServer = sample.mvn("capp-autogen:current",
                "-Dcapp.autogen.url=jdbc:postgresql://127.0.0.1:1/shop", "-Dcapp.autogen.serverId=missing-db");
        assertNotEquals(0, noServer.code(), noServer.toString());
        assertTrue(noServer.output().contains("no <server> with id 'missing-db' in settings.xml"), noServer.toString());
    }

    private static String[] with(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(first, 0, all, more.length, first.length);
        return all;
    }
}
