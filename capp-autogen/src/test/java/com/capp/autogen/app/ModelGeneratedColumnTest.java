package com.capp.autogen.app;

import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@code @GeneratedColumn("id * 2")} is read as a generated column, not a default. The database
 * round trip of the same fixture (create from the model, then an empty diff) is in
 * {@link ModelEnumTypesTest}.
 */
class ModelGeneratedColumnTest {

    @Test
    void generatedColumnCarriesItsExpressionAndNoDefault() {
        Column doubled = new ModelSchemaSource(new ModelSpec(List.of("com.capp.autogen.fixtures.moods.v1"), List.of(), null))
                .loadAll().table(QualifiedName.parse("people")).orElseThrow().column("doubled_id").orElseThrow();
        assertEquals("id * 2", doubled.generatedExpression());
        assertNull(doubled.defaultExpression());
    }
}
