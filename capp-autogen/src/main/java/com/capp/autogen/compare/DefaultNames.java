package com.capp.autogen.compare;

import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.Identifiers63;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.Table;
import com.capp.autogen.schema.UniqueConstraint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names PostgreSQL gives constraints the model leaves unnamed ({@code users_pkey},
 * {@code users_email_key}, {@code payments_sender_id_fkey}, {@code payments_status_check}). Compare
 * writes them into the operations it creates, so the migration's downgrade can drop what its
 * upgrade added by name. As PostgreSQL's ChooseConstraintName, a name already taken in the schema
 * (by the database before this migration, or earlier in it) gets a number: {@code payments_check1}.
 * One instance per comparison.
 */
final class DefaultNames {

    private final Map<String, Set<String>> takenBySchema = new HashMap<>();

    DefaultNames(Schema current) {
        for (Table table : current.tables()) {
            Set<String> taken = taken(table.name());
            taken.add(table.name().name());
            if (table.primaryKey() != null && table.primaryKey().name() != null) {
                taken.add(table.primaryKey().name());
            }
            table.uniqueConstraints().stream().map(UniqueConstraint::name).forEach(taken::add);
            table.indexes().stream().map(Index::name).forEach(taken::add);
            table.foreignKeys().stream().map(ForeignKey::name).forEach(taken::add);
            table.checks().stream().map(CheckConstraint::name).forEach(taken::add);
        }
        for (Sequence sequence : current.sequences()) {
            taken(sequence.name()).add(sequence.name().name());
        }
    }

    String primaryKey(QualifiedName table) {
        return choose(table, "", "pkey");
    }

    String unique(QualifiedName table, List<String> columns) {
        return choose(table, String.join("_", columns), "key");
    }

    String foreignKey(QualifiedName table, List<String> columns) {
        return choose(table, String.join("_", columns), "fkey");
    }

    /** PostgreSQL puts the column in the name when the expression reads exactly one column. */
    String check(QualifiedName table, String onlyColumn) {
        return choose(table, onlyColumn == null ? "" : onlyColumn, "check");
    }

    /** A name this migration frees (its drop runs before any add), which PostgreSQL may choose again. */
    void release(QualifiedName table, String name) {
        if (name != null) {
            taken(table).remove(name);
        }
    }

    /** A name this migration gives (explicitly, by the model) to a new object. */
    void take(QualifiedName table, String name) {
        if (name != null) {
            taken(table).add(name);
        }
    }

    private String choose(QualifiedName table, String columns, String label) {
        Set<String> taken = taken(table);
        String name = Identifiers63.objectName(table.name(), columns, label);
        for (int pass = 1; taken.contains(name); pass++) {
            name = Identifiers63.objectName(table.name(), columns, label + pass);
        }
        taken.add(name);
        return name;
    }

    private Set<String> taken(QualifiedName table) {
        return takenBySchema.computeIfAbsent(table.schema() == null ? "" : table.schema(), s -> new HashSet<>());
    }
}
