package com.capp.autogen.model;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mappings whose DDL the schema records cannot hold, refused with the entity and mapping named:
 * a model that silently lost them would give an empty diff while Hibernate's own schema differs.
 */
final class UnsupportedMappings {

    private final Map<Table, String> owners = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private UnsupportedMappings(Metadata metadata) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            owners.putIfAbsent(entity.getTable(), "entity " + entity.getEntityName());
            for (Join join : entity.getJoins()) {
                owners.putIfAbsent(join.getTable(), "entity " + entity.getEntityName());
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            owners.putIfAbsent(collection.getCollectionTable(), "collection " + collection.getRole());
        }
    }

    /** Throws a {@link ModelException} listing every unsupported mapping of the model. */
    static void check(Metadata metadata) {
        UnsupportedMappings check = new UnsupportedMappings(metadata);
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            namespace.getTables().stream().filter(Table::isPhysicalTable).forEach(check::table);
            namespace.getUserDefinedTypes().forEach(type -> check.problems.add("@Struct / user-defined type "
                    + type.getName() + " (composite types are not supported; map the fields as columns)"));
        }
        for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
            if (EnumTypeReader.declared(metadata, object).isEmpty()) {
                check.problems.add("auxiliary database object " + object.getExportIdentifier()
                        + " (custom DDL registered with Hibernate is not compared)");
            }
        }
        if (!check.problems.isEmpty()) {
            throw new ModelException("the model uses mappings capp-autogen cannot represent, so it cannot compare them:\n  "
                    + String.join("\n  ", check.problems) + "\nRemove them from the entities (write that DDL in a "
                    + "migration by hand with op.execute), or see docs/AUTOGENERATE.md, \"Mappings\".");
        }
    }

    private void table(Table table) {
        String where = owners.getOrDefault(table, "table " + table.getName()) + " (table " + table.getName() + ")";
        if (given(table.getOptions())) {
            problems.add(where + ": @Table(options = \"" + table.getOptions() + "\")");
        }
        for (Column column : table.getColumns()) {
            if (given(column.getCollation())) {
                problems.add(where + ": @Collate(\"" + column.getCollation() + "\") on column " + column.getName());
            }
            if (given(column.getOptions())) {
                problems.add(where + ": @Column(options = \"" + column.getOptions() + "\") on column " + column.getName());
            }
        }
        for (ForeignKey fk : table.getForeignKeyCollection()) {
            if (given(fk.getKeyDefinition())) {
                problems.add(where + ": @ForeignKey(foreignKeyDefinition = \"" + fk.getKeyDefinition() + "\")");
            }
            if (given(fk.getOptions())) {
                problems.add(where + ": @ForeignKey(options = \"" + fk.getOptions() + "\")");
            }
        }
        for (Index index : table.getIndexes().values()) {
            if (given(index.getOptions())) {
                problems.add(where + ": @Index(options = \"" + index.getOptions() + "\") on " + index.getName());
            }
        }
        for (UniqueKey unique : table.getUniqueKeys().values()) {
            if (given(unique.getOptions())) {
                problems.add(where + ": @UniqueConstraint(options = \"" + unique.getOptions() + "\")");
            }
        }
    }

    /** JPA's annotation defaults are empty strings, not null. */
    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
