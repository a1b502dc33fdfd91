package com.capp.autogen.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A table and everything that hangs off it. Columns keep their physical order (it is what
 * CREATE TABLE writes); constraints and indexes are sorted by name so equal tables are equal records.
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
                    List<UniqueConstraint> uniqueConstraints, List<Index> indexes,
                    List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) implements java.io.Serializable {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueConstraints = sorted(uniqueConstraints, UniqueConstraint::name);
        indexes = sorted(indexes, Index::name);
        foreignKeys = sorted(foreignKeys, ForeignKey::name);
        checks = sorted(checks, CheckConstraint::name);
        comment = Column.blankToNull(comment);
    }

    public static Table of(QualifiedName name, List<Column> columns, PrimaryKey primaryKey) {
        return new Table(name, columns, primaryKey, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, indexes, foreignKeys, checks, comment);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newIndexes, foreignKeys, checks, comment);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, newForeignKeys, checks, comment);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, newChecks, comment);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, newComment);
    }

    /** Sorts by name; unnamed objects (name chosen by PostgreSQL) sort first, in given order. */
    private static <T> List<T> sorted(List<T> items, Function<T, String> nameOf) {
        return items.stream()
                .sorted(Comparator.comparing(nameOf, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}
