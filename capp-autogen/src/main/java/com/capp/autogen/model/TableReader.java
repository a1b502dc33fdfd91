package com.capp.autogen.model;

import com.capp.autogen.normalize.TypeSpelling;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.ForeignKeyAction;
import com.capp.autogen.schema.Identifiers63;
import com.capp.autogen.schema.Identity;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Table;
import com.capp.autogen.schema.UniqueConstraint;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Selectable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One Hibernate table (physical names already applied by the naming strategy) as a schema {@link Table}. */
final class TableReader {

    private final Metadata metadata;
    private final String defaultSchema;

    /** {@code defaultSchema}: hibernate.default_schema, where tables the mapping puts in no schema go (or null). */
    TableReader(Metadata metadata, String defaultSchema) {
        this.metadata = metadata;
        this.defaultSchema = defaultSchema;
    }

    Table read(org.hibernate.mapping.Table table) {
        QualifiedName name = qualified(table);
        List<Column> columns = table.getColumns().stream().map(c -> column(table, c)).toList();
        // Hibernate's DDL never names a primary key (its internal name, e.g. a TABLE_PER_CLASS root's
        // "NotificationPK", is shared by every concrete table): PostgreSQL names it <table>_pkey
        PrimaryKey primaryKey = table.getPrimaryKey() == null ? null
                : new PrimaryKey(null, names(table.getPrimaryKey().getColumns()));
        List<String> pkColumns = primaryKey == null ? List.of() : primaryKey.columns();
        List<UniqueConstraint> uniques = uniques(table, pkColumns);
        List<Index> indexes = table.getIndexes().values().stream().map(i -> index(name, i)).toList();
        List<ForeignKey> foreignKeys = table.getForeignKeyCollection().stream()
                .filter(fk -> fk.isCreationEnabled() && fk.isPhysicalConstraint())
                .map(this::foreignKey).toList();
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks(table), table.getComment());
    }

    /**
     * The table's unique keys, and the single-column ones Hibernate writes inline ({@code @Column(unique = true)},
     * the join column of a {@code @OneToOne}); a key on exactly the primary key columns is the primary key.
     */
    private static List<UniqueConstraint> uniques(org.hibernate.mapping.Table table, List<String> pkColumns) {
        List<UniqueConstraint> uniques = new ArrayList<>();
        table.getUniqueKeys().values().stream().filter(uk -> !names(uk.getColumns()).equals(pkColumns))
                .forEach(uk -> uniques.add(new UniqueConstraint(
                        uk.isNameExplicit() ? GeneratedNames.stored(uk.getName(), "a unique key of " + table.getName()) : null,
                        names(uk.getColumns()))));
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            List<String> single = List.of(columnName(column));
            if (column.isUnique() && !single.equals(pkColumns)
                    && uniques.stream().noneMatch(u -> u.columns().equals(single))) {
                uniques.add(new UniqueConstraint(null, single));
            }
        }
        return uniques;
    }

    /** {@code @GeneratedColumn("sql")} sets Hibernate's generatedAs, which its PostgreSQL DDL writes as a stored generated column. */
    private Column column(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column) {
        Identity identity = column.isIdentity() ? Identity.BY_DEFAULT : Identity.NONE;
        String generatedAs = column.getGeneratedAs();
        boolean plain = identity == Identity.NONE && generatedAs == null;
        ColumnDefinition definition = ColumnDefinition.parse(column.getSqlType(metadata),
                "column " + column.getName() + " of table " + table.getName());
        boolean nullable = definition.notNull() == null ? column.isNullable() : !definition.notNull();
        String defaultValue = definition.defaultExpression() != null ? definition.defaultExpression() : column.getDefaultValue();
        return new Column(columnName(column), TypeSpelling.canonical(definition.type()),
                nullable, plain ? defaultValue : null, identity, column.getComment(), generatedAs);
    }

    private Index index(QualifiedName table, org.hibernate.mapping.Index index) {
        List<IndexKey> keys = new ArrayList<>();
        for (Selectable selectable : index.getSelectables()) {
            String order = index.getSelectableOrderMap().get(selectable);
            boolean descending = order != null && order.trim().toLowerCase(Locale.ROOT).startsWith("desc");
            String text = selectable instanceof org.hibernate.mapping.Column c ? columnName(c) : selectable.getText();
            keys.add(new IndexKey(text, selectable.isFormula(), descending));
        }
        String name = GeneratedNames.chosen(index.getName(), "an index of " + table);
        if (name == null) { // what PostgreSQL calls an index created without a name
            name = Identifiers63.objectName(table.name(), String.join("_", keys.stream().map(IndexKey::text).toList()), "idx");
        }
        return new Index(name, keys, index.isUnique(), Index.DEFAULT_METHOD, null);
    }

    private ForeignKey foreignKey(org.hibernate.mapping.ForeignKey fk) {
        List<String> referenced = fk.isReferenceToPrimaryKey() || fk.getReferencedColumns().isEmpty()
                ? names(fk.getReferencedTable().getPrimaryKey().getColumns())
                : names(fk.getReferencedColumns());
        ForeignKeyAction onDelete = fk.getOnDeleteAction() == null ? ForeignKeyAction.NO_ACTION
                : ForeignKeyAction.valueOf(fk.getOnDeleteAction().name());
        return new ForeignKey(GeneratedNames.chosen(fk.getName(), "a foreign key of " + fk.getTable().getName()),
                names(fk.getColumns()),
                qualified(fk.getReferencedTable()), referenced, onDelete, ForeignKeyAction.NO_ACTION, false, false);
    }

    private static List<CheckConstraint> checks(org.hibernate.mapping.Table table) {
        List<CheckConstraint> checks = new ArrayList<>();
        table.getChecks().forEach(c -> checks.add(check(c, table)));
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            column.getCheckConstraints().forEach(c -> checks.add(check(c, table)));
        }
        return checks;
    }

    private static CheckConstraint check(org.hibernate.mapping.CheckConstraint check, org.hibernate.mapping.Table table) {
        return new CheckConstraint(check.isNamed() ? GeneratedNames.stored(check.getName(), "a check of " + table.getName())
                : null, check.getConstraint());
    }

    private QualifiedName qualified(org.hibernate.mapping.Table table) {
        String schema = table.getSchema();
        return new QualifiedName(schema == null ? defaultSchema : folded(schema, table.isSchemaQuoted()),
                folded(table.getName(), table.isQuoted()));
    }

    private static String columnName(org.hibernate.mapping.Column column) {
        return folded(column.getName(), column.isQuoted());
    }

    /** PostgreSQL folds unquoted identifiers to lower case and keeps 63 bytes. */
    private static String folded(String name, boolean quoted) {
        return GeneratedNames.stored(quoted ? name : name.toLowerCase(Locale.ROOT), "the model");
    }

    private static List<String> names(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(TableReader::columnName).toList();
    }
}
