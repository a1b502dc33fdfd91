package com.capp.autogen.app;

import com.capp.autogen.model.HibernateModelReader;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.schema.Schema;

import java.util.List;

/** The JPA entities, read through Hibernate's metamodel. */
public final class ModelSchemaSource implements SchemaSource {

    private final ModelSpec spec;

    public ModelSchemaSource(ModelSpec spec) {
        this.spec = spec;
    }

    @Override
    public Schema load(List<String> alsoSchemas) {
        return new HibernateModelReader().read(spec);
    }

    @Override
    public String describe() {
        return "model " + spec.packages();
    }
}
