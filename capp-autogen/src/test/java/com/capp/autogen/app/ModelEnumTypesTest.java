package com.capp.autogen.app;

import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.ops.AddEnumValue;
import com.capp.autogen.ops.CreateEnum;
import com.capp.autogen.ops.CreateTable;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.plan.Step;
import com.capp.autogen.render.SqlScriptRenderer;
import com.capp.autogen.schema.EnumType;
import com.capp.autogen.schema.QualifiedName;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An entity enum mapped to a PostgreSQL named enum type ({@code SqlTypes.NAMED_ENUM}): the model
 * declares the type, so an empty database gets it before the table that uses it, the database
 * built from that SQL matches the model exactly, and a new constant becomes {@code ADD VALUE}.
 */
@ExtendWith(PostgresExtension.class)
class ModelEnumTypesTest {

    private static final String V1 = "com.capp.autogen.fixtures.moods.v1";
    private static final String V2 = "com.capp.autogen.fixtures.moods.v2";

    @Test
    void modelDeclaresTheEnumTypeAsHibernateCreatesIt() {
        // Hibernate's own export writes NAMED_ENUM labels sorted, not in declaration order (HAPPY, SAD, CALM)
        assertEquals(List.of(new EnumType(QualifiedName.parse("mood"), List.of("CALM", "HAPPY", "SAD"))),
                model(V1).loadAll().enums());
        assertEquals("mood", model(V1).loadAll().table(QualifiedName.parse("people")).orElseThrow()
                .column("mood").orElseThrow().type());
    }

    @Test
    void emptyDatabaseGetsTheEnumBeforeTheTableThenMatchesTheModel(TestDatabase db) throws SQLException {
        TestDatabase empty = db.createDatabase();
        DiffResult create = new DiffUseCase().diff(database(empty), model(V1), CompareOptions.ALL);
        List<Operation> upgrade = create.plan().upgrade().stream().map(Step::operation).toList();
        assertEquals(CreateEnum.class, upgrade.get(0).getClass(), upgrade.toString());
        assertTrue(upgrade.get(1) instanceof CreateTable, upgrade.toString());

        execute(empty, new SqlScriptRenderer().render(create.plan().upgrade()));
        DiffResult again = new DiffUseCase().diff(database(empty), model(V1), CompareOptions.ALL);
        assertEquals("", String.join("\n", again.summary()));
        assertTrue(again.isEmpty());
    }

    @Test
    void aNewConstantIsAddedInPlace(TestDatabase db) throws SQLException {
        TestDatabase current = db.createDatabase();
        execute(current, new SqlScriptRenderer().render(
                new DiffUseCase().diff(database(current), model(V1), CompareOptions.ALL).plan().upgrade()));

        DiffResult added = new DiffUseCase().diff(database(current), model(V2), CompareOptions.ALL);
        assertEquals(List.of(new AddEnumValue(QualifiedName.parse("mood"), "ANGRY", "CALM", null)),
                added.plan().upgrade().stream().map(Step::operation).toList());
        execute(current, new SqlScriptRenderer().render(added.plan().upgrade()));
        assertTrue(new DiffUseCase().diff(database(current), model(V2), CompareOptions.ALL).isEmpty());
    }

    private static ModelSchemaSource model(String pkg) {
        return new ModelSchemaSource(new ModelSpec(List.of(pkg), List.of(), null));
    }

    private static DatabaseSchemaSource database(TestDatabase db) {
        return new DatabaseSchemaSource(db.dataSource(), db.name(), "alembic_version");
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
