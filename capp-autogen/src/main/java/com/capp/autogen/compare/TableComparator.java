package com.capp.autogen.compare;

import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.normalize.RecreatableCheck;
import com.capp.autogen.ops.AddCheckConstraint;
import com.capp.autogen.ops.AddColumn;
import com.capp.autogen.ops.AddForeignKey;
import com.capp.autogen.ops.AddPrimaryKey;
import com.capp.autogen.ops.AddUniqueConstraint;
import com.capp.autogen.ops.CreateIndex;
import com.capp.autogen.ops.DropCheckConstraint;
import com.capp.autogen.ops.DropColumn;
import com.capp.autogen.ops.DropForeignKey;
import com.capp.autogen.ops.DropIndex;
import com.capp.autogen.ops.DropPrimaryKey;
import com.capp.autogen.ops.DropUniqueConstraint;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.ops.SetTableComment;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Table;
import com.capp.autogen.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The operations that turn one existing table into its target; the order is fixed later by plan. */
final class TableComparator {

    private final ExpressionEquivalence equivalence;
    private final ColumnComparator columns;
    private final UniqueIndexReconciler reconciler = new UniqueIndexReconciler();

    TableComparator(ExpressionEquivalence equivalence) {
        this.equivalence = equivalence;
        this.columns = new ColumnComparator(equivalence);
    }

    List<Operation> compare(Table currentTable, Table target, DefaultNames names) {
        Table current = reconciler.reconcile(currentTable, target);
        QualifiedName name = target.name();
        Definitions definitions = new Definitions(equivalence.at(name, null));
        List<Operation> ops = new ArrayList<>();
        compareColumns(name, current, target, ops);
        comparePrimaryKey(name, current.primaryKey(), target.primaryKey(), ops, names);
        compareUniques(name, current, target, ops, names);
        compareIndexes(name, current, target, definitions, ops);
        compareForeignKeys(name, current, target, definitions, ops, names);
        compareChecks(name, current, target, definitions, ops, names);
        if (!Objects.equals(current.comment(), target.comment())) {
            ops.add(new SetTableComment(name, current.comment(), target.comment()));
        }
        return ops;
    }

    private void compareColumns(QualifiedName name, Table current, Table target, List<Operation> ops) {
        for (Column have : current.columns()) {
            Optional<Column> wanted = target.column(have.name());
            if (wanted.isEmpty()) {
                ops.add(new DropColumn(name, have));
            } else if (!columns.sameGeneration(name, have, wanted.get())) {
                // PostgreSQL before 17 cannot change a generation expression, nor make an ordinary
                // column generated: the column is replaced (the drop is flagged destructive)
                ops.add(new DropColumn(name, have));
                ops.add(new AddColumn(name, wanted.get()));
            } else {
                columns.compare(name, have, wanted.get()).ifPresent(ops::add);
            }
        }
        target.columns().stream().filter(c -> current.column(c.name()).isEmpty())
                .forEach(c -> ops.add(new AddColumn(name, c)));
    }

    private void comparePrimaryKey(QualifiedName name, PrimaryKey current, PrimaryKey target, List<Operation> ops,
                                   DefaultNames names) {
        boolean same = current == null ? target == null
                : target != null && current.columns().equals(target.columns())
                        && (target.name() == null || target.name().equals(current.name()));
        if (same) {
            return;
        }
        if (current != null) {
            ops.add(new DropPrimaryKey(name, current));
            names.release(name, current.name());
        }
        if (target != null) {
            names.take(name, target.name());
            String pkName = target.name() != null ? target.name() : names.primaryKey(name);
            ops.add(new AddPrimaryKey(name, new PrimaryKey(pkName, target.columns())));
        }
    }

    private void compareUniques(QualifiedName name, Table current, Table target, List<Operation> ops,
                                DefaultNames names) {
        Matching<UniqueConstraint> m = new Matching<>(current.uniqueConstraints(), target.uniqueConstraints(),
                UniqueConstraint::name, (a, b) -> a.columns().equals(b.columns()));
        m.removed.forEach(u -> {
            ops.add(new DropUniqueConstraint(name, u));
            names.release(name, u.name());
        });
        m.added.forEach(u -> names.take(name, u.name()));
        m.added.forEach(u -> ops.add(new AddUniqueConstraint(name, u.name() != null ? u
                : new UniqueConstraint(names.unique(name, u.columns()), u.columns()))));
    }

    private void compareIndexes(QualifiedName name, Table current, Table target, Definitions definitions,
                                List<Operation> ops) {
        Matching<Index> m = new Matching<>(current.indexes(), target.indexes(), Index::name, definitions::sameIndex);
        m.removed.forEach(i -> ops.add(new DropIndex(name, i, false)));
        m.added.forEach(i -> ops.add(new CreateIndex(name, i, false)));
    }

    private void compareForeignKeys(QualifiedName name, Table current, Table target, Definitions definitions,
                                    List<Operation> ops, DefaultNames names) {
        Matching<ForeignKey> m = new Matching<>(current.foreignKeys(), target.foreignKeys(), ForeignKey::name,
                definitions::sameForeignKey);
        m.removed.forEach(f -> {
            ops.add(new DropForeignKey(name, f));
            names.release(name, f.name());
        });
        m.added.forEach(f -> names.take(name, f.name()));
        m.added.forEach(f -> ops.add(new AddForeignKey(name, f.name() != null ? f
                : named(names.foreignKey(name, f.columns()), f))));
    }

    private void compareChecks(QualifiedName name, Table current, Table target, Definitions definitions,
                               List<Operation> ops, DefaultNames names) {
        Matching<CheckConstraint> m = new Matching<>(current.checks(), target.checks(), CheckConstraint::name,
                definitions::sameCheck);
        m.removed.forEach(c -> {
            ops.add(new DropCheckConstraint(name, recreatable(c)));
            names.release(name, c.name());
        });
        m.added.forEach(c -> names.take(name, c.name()));
        List<String> columnNames = target.columns().stream().map(Column::name).toList();
        for (CheckConstraint check : m.added) {
            ops.add(new AddCheckConstraint(name, check.name() != null ? check : new CheckConstraint(
                    names.check(name, CheckColumns.onlyColumn(check.expression(), columnNames)), check.expression())));
        }
    }

    /** A dropped check as its reverse must re-create it (see {@link RecreatableCheck}). */
    static CheckConstraint recreatable(CheckConstraint check) {
        return new CheckConstraint(check.name(), RecreatableCheck.sourceOf(check.expression()));
    }

    private static ForeignKey named(String constraintName, ForeignKey f) {
        return new ForeignKey(constraintName, f.columns(), f.referencedTable(),
                f.referencedColumns(), f.onDelete(), f.onUpdate(), f.deferrable(), f.initiallyDeferred());
    }
}
