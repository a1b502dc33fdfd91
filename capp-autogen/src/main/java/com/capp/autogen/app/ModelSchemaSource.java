package com.capp.autogen.app;

import com.capp.autogen.model.HibernateModelReader;
import com.capp.autogen.model.ModelCache;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.schema.Schema;

import java.util.List;

/** The JPA entities, read through Hibernate's metamodel (or from the model cache while they are unchanged). */
public final class ModelSchemaSource implements SchemaSource {

    private final ModelSpec spec;
    private final ModelCache cache;

    public ModelSchemaSource(ModelSpec spec) {
        this(spec, null);
    }

    /** @param cache where the read schema is kept between runs; null to read the entities every time */
    public ModelSchemaSource(ModelSpec spec, ModelCache cache) {
        this.spec = spec;
        this.cache = cache;
    }

    @Override
    public Schema load(List<String> alsoSchemas) {
        // the reader is made only on a cache miss: loading its class links Hibernate's (a hit needs none)
        return cache == null ? new HibernateModelReader().read(spec)
                : cache.read(spec, () -> new HibernateModelReader().read(spec));
    }

    @Override
    public String describe() {
        return "model " + spec.packages();
    }
}
