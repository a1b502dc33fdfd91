package com.capp.autogen.api;

import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The building blocks of {@link Op#createTable}; migrations {@code import static
 * com.capp.autogen.api.Ddl.*}. Types are PostgreSQL's ({@code "varchar(255)"}, {@code "numeric(15,2)"}).
 */
public final class Ddl {

    private Ddl() {
    }

    public static ColumnDef column(String name, String type) {
        return new ColumnDef(Column.of(name, type));
    }

    public static TableElement primaryKey(String name, String... columns) {
        return table -> table.withPrimaryKey(new PrimaryKey(name, List.of(columns)));
    }

    public static TableElement unique(String name, String... columns) {
        return table -> {
            List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
            uniques.add(new UniqueConstraint(name, List.of(columns)));
            return table.withUniqueConstraints(uniques);
        };
    }

    public static TableElement check(String name, String expression) {
        return table -> {
            List<CheckConstraint> checks = new ArrayList<>(table.checks());
            checks.add(new CheckConstraint(name, expression));
            return table.withChecks(checks);
        };
    }

    /** Start a foreign key; finish it with {@link ForeignKeyDef#references}. */
    public static ForeignKeyDef foreignKey(String name, String... columns) {
        return new ForeignKeyDef(ForeignKey.simple(name, List.of(columns), new QualifiedName(null, "?"), List.of()));
    }

    /** An index on plain columns; add expressions, DESC keys and options with {@link IndexDef}. */
    public static IndexDef index(String name, String... columns) {
        List<IndexKey> keys = Arrays.stream(columns).map(IndexKey::column).toList();
        return new IndexDef(new Index(name, keys, false, Index.DEFAULT_METHOD, null), false);
    }

    /** A sequence for {@link Op#createSequence(SequenceDef)}, with all of CREATE SEQUENCE's options. */
    public static SequenceDef sequence(String name) {
        return new SequenceDef(name);
    }

    public static TableElement comment(String text) {
        return table -> table.withComment(text);
    }
}
