package com.capp.autogen.model;

import com.capp.testsupport.TestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The oracle: Hibernate's own schema export ({@code jakarta.persistence.schema-generation.database.action=create})
 * of the entities of some packages into a database, with the same settings the tool reads them with.
 */
public final class HibernateExport {

    private HibernateExport() {
    }

    public static void create(TestDatabase database, List<String> packages, Map<String, String> hibernateSettings) {
        ClassLoader loader = HibernateExport.class.getClassLoader();
        EntityScanner scanner = new EntityScanner(loader);
        Map<String, Object> settings = new HashMap<>(hibernateSettings);
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource());
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "create");
        settings.put(AvailableSettings.HBM2DDL_CREATE_SCHEMAS, "true");
        // a failing statement would otherwise only be logged, and the case would fail on a confusing diff
        settings.put(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            packages.forEach(p -> scanner.entities(p).forEach(sources::addAnnotatedClass));
            try (SessionFactory ignored = sources.buildMetadata().buildSessionFactory()) {
                // the export ran while the factory was built
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
