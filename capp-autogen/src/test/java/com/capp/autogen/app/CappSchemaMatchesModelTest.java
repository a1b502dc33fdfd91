package com.capp.autogen.app;

import com.capp.autogen.TestProject;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.model.ModelSpec;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.SharedFiles;
import com.capp.testsupport.SqlScript;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first promise: the unchanged CAPP model against the CAPP database gives an empty diff. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CappSchemaMatchesModelTest {

    private DatabaseSchemaSource database;

    @BeforeAll
    void createCappSchema(TestDatabase db) {
        SqlScript.run(db, SharedFiles.capp("capp_head.sql"));
        database = new DatabaseSchemaSource(db.dataSource(), db.name(), "alembic_version");
    }

    @Test
    void unchangedModelGivesNoOperations() {
        DiffResult result = new DiffUseCase().diff(database, new ModelSchemaSource(TestProject.CAPP_MODEL), CompareOptions.ALL);
        assertEquals("", String.join("\n", result.summary()));
        assertTrue(result.isEmpty());
    }

    @Test
    void databaseAgainstItselfGivesNoOperations() {
        DiffResult result = new DiffUseCase().diff(database, database, CompareOptions.ALL);
        assertEquals("", String.join("\n", result.summary()));
    }

    @Test
    void inspectorReadsEveryCappTable() {
        assertEquals(11, database.load(java.util.List.of()).tables().size());
    }
}
