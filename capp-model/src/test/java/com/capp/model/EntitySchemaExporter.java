package com.capp.model;

import com.capp.testsupport.TestDatabase;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/** Creates, in a database, the schema Hibernate derives from the CAPP entities. */
final class EntitySchemaExporter {

    private EntitySchemaExporter() {
    }

    static void createSchema(TestDatabase database) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(Map.of(
                        AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource(),
                        // Otherwise a failing DDL statement is only logged and the test would
                        // report a confusing schema diff instead of the SQL error.
                        AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true"))
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            CappEntities.all().forEach(sources::addAnnotatedClass);
            try (SessionFactory sessionFactory = sources.buildMetadata().buildSessionFactory()) {
                sessionFactory.getSchemaManager().create(false);
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
