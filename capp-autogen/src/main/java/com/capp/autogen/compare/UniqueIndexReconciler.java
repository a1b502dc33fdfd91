package com.capp.autogen.compare;

import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.Table;
import com.capp.autogen.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A UNIQUE constraint and a plain unique index on the same columns enforce the same thing, and
 * models and hand-written SQL pick either. Where the database has one kind and the model asks for
 * the other on the same columns (and the same name, if the model names it), the current table is
 * rewritten to hold the kind the model asks for, so no phantom drop-and-create is produced.
 */
final class UniqueIndexReconciler {

    Table reconcile(Table current, Table target) {
        List<UniqueConstraint> uniques = new ArrayList<>(current.uniqueConstraints());
        List<Index> indexes = new ArrayList<>(current.indexes());
        for (UniqueConstraint wanted : target.uniqueConstraints()) {
            if (uniques.stream().noneMatch(u -> matches(wanted, u.name(), u.columns()))) {
                findIndex(indexes, wanted.name(), wanted.columns()).ifPresent(index -> {
                    indexes.remove(index);
                    uniques.add(new UniqueConstraint(index.name(), wanted.columns()));
                });
            }
        }
        for (Index wanted : target.indexes()) {
            Optional<List<String>> columns = plainUniqueColumns(wanted);
            if (columns.isPresent() && findIndex(indexes, wanted.name(), columns.get()).isEmpty()) {
                uniques.stream().filter(u -> matches(new UniqueConstraint(wanted.name(), columns.get()),
                        u.name(), u.columns())).findFirst().ifPresent(unique -> {
                            uniques.remove(unique);
                            indexes.add(new Index(unique.name(), wanted.keys(), true, Index.DEFAULT_METHOD, null));
                        });
            }
        }
        return current.withUniqueConstraints(uniques).withIndexes(indexes);
    }

    private static Optional<Index> findIndex(List<Index> indexes, String name, List<String> columns) {
        return indexes.stream()
                .filter(i -> plainUniqueColumns(i).map(c -> matches(new UniqueConstraint(name, columns),
                        i.name(), c)).orElse(false))
                .findFirst();
    }

    private static boolean matches(UniqueConstraint wanted, String name, List<String> columns) {
        return wanted.columns().equals(columns) && (wanted.name() == null || Objects.equals(wanted.name(), name));
    }

    /** The columns of a unique b-tree index on plain ascending columns with no predicate. */
    private static Optional<List<String>> plainUniqueColumns(Index index) {
        boolean plain = index.unique() && index.where() == null && Index.DEFAULT_METHOD.equals(index.method())
                && index.keys().stream().noneMatch(k -> k.expression() || k.descending());
        return plain ? Optional.of(index.keys().stream().map(IndexKey::text).toList()) : Optional.empty();
    }
}
