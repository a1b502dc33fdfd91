package com.capp.autogen.model;

import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Table;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.dialect.PostgreSQLDialect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the entities' Hibernate metamodel into a {@link Schema}, with no database: the dialect is
 * set explicitly and JDBC metadata access is off, so this works offline and fast.
 */
public final class HibernateModelReader {

    public Schema read(ModelSpec spec) {
        if (spec.packages().isEmpty()) {
            throw new ModelException("No entity packages configured",
                    "Set model.packages in capp-autogen.properties, or pass --model-package.", null);
        }
        ClassLoader loader = ModelClassLoader.of(spec);
        List<Class<?>> entities = new ArrayList<>();
        EntityScanner scanner = new EntityScanner(loader);
        spec.packages().forEach(p -> entities.addAll(scanner.entities(p)));
        if (entities.isEmpty()) {
            // an empty model would ask to drop every table: refuse it
            throw new ModelException("No @Entity classes in package(s) " + String.join(", ", spec.packages())
                    + " on " + ModelClassLoader.describe(spec.classpath()), ModelClassLoader.buildHint(spec), null);
        }
        return read(entities, loader, spec);
    }

    /** The entity classes' schema with Hibernate's defaults but for the physical naming strategy. */
    public Schema read(List<Class<?>> entities, ClassLoader loader, String physicalNamingStrategy) {
        return read(entities, loader, new ModelSpec(List.of(), List.of(), physicalNamingStrategy));
    }

    /** The schema of the given entity classes, with the naming strategies and settings of {@code spec}. */
    public Schema read(List<Class<?>> entities, ClassLoader loader, ModelSpec spec) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySettings(settings(spec)).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
            // as Hibernate's create path does: key columns in the order of the configured
            // hibernate.column_ordering_strategy (a no-op for "legacy")
            metadata.orderColumns(true);
            UnsupportedMappings.check(metadata);
            return toSchema(metadata, defaultSchema(spec));
        } catch (HibernateException e) {
            throw new ModelException("Hibernate cannot build the entities' metamodel: " + e.getMessage(),
                    "Fix the mapping, naming strategy or hibernate.* setting named above.", e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * The project's settings first (capp-autogen.properties, then --hibernate-setting), then what makes
     * reading offline: PostgreSQL's dialect and no JDBC metadata, which cannot be overridden.
     */
    private static Map<String, Object> settings(ModelSpec spec) {
        Map<String, Object> settings = new HashMap<>(spec.settings());
        settings.put(JdbcSettings.DIALECT, PostgreSQLDialect.class.getName());
        settings.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, "false");
        settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
        settings.put("jakarta.persistence.database-major-version", "15");
        if (spec.physicalNamingStrategy() != null) {
            settings.put(MappingSettings.PHYSICAL_NAMING_STRATEGY, spec.physicalNamingStrategy());
        }
        if (spec.implicitNamingStrategy() != null) {
            settings.put(MappingSettings.IMPLICIT_NAMING_STRATEGY, spec.implicitNamingStrategy());
        }
        return settings;
    }

    /** hibernate.default_schema as PostgreSQL stores it (folded unless quoted), or null. */
    private static String defaultSchema(ModelSpec spec) {
        String schema = spec.settings().get(MappingSettings.DEFAULT_SCHEMA);
        if (schema == null || schema.isBlank()) {
            return null;
        }
        return schema.startsWith("\"") ? schema.substring(1, schema.length() - 1) : schema.toLowerCase(Locale.ROOT);
    }

    private static Schema toSchema(Metadata metadata, String defaultSchema) {
        TableReader tables = new TableReader(metadata, defaultSchema);
        List<Table> result = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        TreeSet<String> schemas = new TreeSet<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isAbstractUnionTable()) {
                    Table read = tables.read(table);
                    result.add(read);
                    if (!read.name().isDefaultSchema()) {
                        schemas.add(read.name().schema());
                    }
                }
            }
            for (org.hibernate.boot.model.relational.Sequence s : namespace.getSequences()) {
                sequences.add(sequence(s, defaultSchema));
            }
        }
        return new Schema(new ArrayList<>(schemas), result, sequences, EnumTypeReader.read(metadata));
    }

    /** Hibernate writes the name as given ({@code parcels_SEQ}); PostgreSQL folds it unless it is quoted. */
    private static Sequence sequence(org.hibernate.boot.model.relational.Sequence s, String defaultSchema) {
        Identifier schema = s.getName().getSchemaName();
        Identifier name = s.getName().getSequenceName();
        return Sequence.of(new QualifiedName(schema == null ? defaultSchema : folded(schema), folded(name)),
                s.getInitialValue(), s.getIncrementSize());
    }

    private static String folded(Identifier identifier) {
        return identifier.isQuoted() ? identifier.getText() : identifier.getText().toLowerCase(Locale.ROOT);
    }
}
