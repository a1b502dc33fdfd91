package com.capp.autogen.app;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.render.JavaMigrationRenderer;
import com.capp.autogen.render.MigrationBody;
import com.capp.autogen.render.MigrationFileWriter;
import com.capp.autogen.render.MigrationSource;
import com.capp.autogen.revision.ResolvedMigration;
import com.capp.autogen.revision.SourceMigrationLoader;
import com.capp.autogen.runtime.JdbcStatementSink;
import com.capp.autogen.runtime.RecordingOp;
import com.capp.autogen.sql.PostgresSql;
import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixed point through the generated Java, as a developer gets it: diff(A, B) rendered by the
 * template into a migration class, compiled in memory by the loader the runtime uses, its
 * {@code upgrade()} run through the runtime's {@code Op} on A: A's catalog is B's and a second
 * diff is empty; its {@code downgrade()}: A's original catalog is back.
 */
@ExtendWith(PostgresExtension.class)
class JavaFixedPointTest {

    /** One or more cases per family of operations; the SQL test runs all of them. */
    private static final Set<String> CASES = Set.of("add table", "drop table", "add column", "drop column",
            "widen type", "set not null", "change default", "column comment", "table comment", "identity", "generated column",
            "unique constraint", "multi-column index", "unique partial expression index", "gin index method",
            "add check", "fk on delete", "primary key change", "sequence", "sequence with every option",
            "descending expression index", "enum", "schema and table in it", "fk cycle");

    static Stream<Arguments> changes() {
        return SqlFixedPointTest.changes().filter(a -> CASES.contains((String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void generatedMigrationReachesTargetAndItsDowngradeRestores(String name, String change, TestDatabase db,
                                                                @TempDir Path folder) throws Exception {
        TestDatabase a = db.createDatabase();
        TestDatabase b = db.createDatabase();
        execute(a, SqlFixedPointTest.BASE);
        execute(b, SqlFixedPointTest.BASE + change);
        String schemas = change.contains("audit") ? "public,audit" : "public";
        String original = CatalogSnapshot.of(a, schemas, CatalogSnapshot.DEFAULT_EXCLUDE_RE);

        Migration migration = compiled(generated(a, b, name), folder);
        run(a, migration::upgrade);
        assertEquals(CatalogSnapshot.of(b, schemas, CatalogSnapshot.DEFAULT_EXCLUDE_RE),
                CatalogSnapshot.of(a, schemas, CatalogSnapshot.DEFAULT_EXCLUDE_RE));
        assertTrue(new DiffUseCase().diff(source(a), source(b), CompareOptions.ALL).isEmpty(), "second diff is empty");

        run(a, migration::downgrade);
        assertEquals(original, CatalogSnapshot.of(a, schemas, CatalogSnapshot.DEFAULT_EXCLUDE_RE));
    }

    static MigrationSource generated(TestDatabase a, TestDatabase b, String name) {
        DiffResult diff = new DiffUseCase().diff(source(a), source(b), CompareOptions.ALL);
        assertTrue(!diff.isEmpty(), "the change must be detected");
        MigrationBody body = new JavaMigrationRenderer().render(diff.plan());
        return new MigrationSource("com.capp.migrations", "V0001_Change", "0001", List.of(), name,
                "2026-01-01 00:00:00", List.of(), List.of(), body.imports(), body.upgrade(), body.downgrade());
    }

    /** Written from the template and loaded as the runtime loads a migrations folder. */
    private static Migration compiled(MigrationSource source, Path folder) {
        Path packageDir = folder.resolve("com/capp/migrations");
        new MigrationFileWriter(null).write(source, packageDir);
        List<ResolvedMigration> loaded = new SourceMigrationLoader(folder, null).load();
        assertEquals(1, loaded.size(), "one migration compiled from " + packageDir);
        return loaded.get(0).newInstance();
    }

    private static void run(TestDatabase db, Consumer<Op> direction) throws SQLException {
        try (Connection connection = db.connect()) {
            JdbcStatementSink sink = new JdbcStatementSink(connection);
            RecordingOp op = new RecordingOp(operation -> PostgresSql.statements(operation).forEach(sink::run));
            direction.accept(op);
        }
    }

    static DatabaseSchemaSource source(TestDatabase db) {
        return new DatabaseSchemaSource(db.dataSource(), db.name(), "alembic_version");
    }

    static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
