package com.capp.autogen.app;

import com.capp.autogen.RestrictedRole;
import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.render.SqlScriptRenderer;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real role without TEMP (as on a hot standby) cannot have PostgreSQL spell the model's
 * expressions: {@code check} then compares by the string rules, says so once with the reason, and
 * neither reports deparser spellings as drift nor misses a real change.
 */
@ExtendWith(PostgresExtension.class)
class FallbackComparisonTest {

    private static final String MODEL = "com.capp.autogen.fixtures.checks";
    private static final String FELL_BACK = "Comparing expressions by spelling rules: PostgreSQL could not spell the model's";

    @Test
    void deparserSpellingsAreNoDriftAndTheFallbackIsReportedOnce(TestDatabase db) throws Exception {
        TestDatabase target = schemaFromModel(db.createDatabase());
        try (RestrictedRole reader = withoutTemp(target)) {
            Run check = project(target).run(reader.environment(), "check", "--model-package", MODEL);

            assertEquals(0, check.code(), check.toString());
            assertEquals("No new upgrade operations detected.\n", check.out());
            assertEquals(1, check.err().split(FELL_BACK, -1).length - 1, check.err());
            assertTrue(check.err().contains("role " + reader.name() + " has no TEMP privilege on database " + target.name()), check.err());
        }
    }

    @Test
    void realChangesAreStillDriftUnderTheFallback(TestDatabase db) throws Exception {
        TestDatabase target = schemaFromModel(db.createDatabase());
        execute(target, "ALTER TABLE readings DROP CONSTRAINT ck_range, ADD CONSTRAINT ck_range CHECK (n > 0 AND n < 50)",
                "ALTER TABLE readings DROP CONSTRAINT ck_status, ADD CONSTRAINT ck_status CHECK (status IN ('new', 'done'))");
        try (RestrictedRole reader = withoutTemp(target)) {
            Run check = project(target).run(reader.environment(), "check", "--model-package", MODEL);

            assertEquals(1, check.code(), check.toString());
            assertTrue(check.out().contains("ck_range"), check.out());
            assertTrue(check.out().contains("ck_status"), "literal case is meaningful: " + check.out());
            assertTrue(check.err().contains(FELL_BACK), check.err());
        }
    }

    private static RestrictedRole withoutTemp(TestDatabase target) {
        return RestrictedRole.create(target, "REVOKE TEMPORARY ON DATABASE \"" + target.name() + "\" FROM PUBLIC");
    }

    /** The database as the model's own DDL builds it (as superuser): PostgreSQL stores the checks deparsed. */
    private static TestDatabase schemaFromModel(TestDatabase empty) throws Exception {
        ModelSchemaSource model = new ModelSchemaSource(new ModelSpec(List.of(MODEL), List.of(), null));
        DatabaseSchemaSource database = new DatabaseSchemaSource(empty.dataSource(), empty.name(), "alembic_version");
        execute(empty, new SqlScriptRenderer().render(new DiffUseCase().diff(database, model, CompareOptions.ALL)
                .plan().upgrade()));
        return empty;
    }

    private static TestProject project(TestDatabase target) throws Exception {
        return TestProject.copyOf(Files.createTempDirectory("no-migrations"), target);
    }

    private static void execute(TestDatabase db, String... sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }
}
