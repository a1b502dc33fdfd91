package com.capp.autogen.plan;

import com.capp.autogen.ops.AddCheckConstraint;
import com.capp.autogen.ops.AddForeignKey;
import com.capp.autogen.ops.AddUniqueConstraint;
import com.capp.autogen.ops.AlterColumn;
import com.capp.autogen.ops.CreateIndex;
import com.capp.autogen.ops.CreateTable;
import com.capp.autogen.ops.DropCheckConstraint;
import com.capp.autogen.ops.DropIndex;
import com.capp.autogen.ops.DropTable;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.ops.ValidateConstraint;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.capp.autogen.sql.Identifiers.quote;

/**
 * Rewrites the operations on tables that already hold rows into the forms that do not stall
 * writes (docs/DATABASE_MIGRATIONS.md, "Production Deployment"): indexes built and dropped
 * CONCURRENTLY outside the transaction, constraints added NOT VALID and validated in their own
 * transaction, unique constraints over a concurrently built index, SET NOT NULL proven by a
 * validated helper check. A table created or dropped in the same migration keeps the plain forms.
 */
final class SafeForms {

    private static final String VALIDATE_WHY = "Own transaction: VALIDATE scans under SHARE UPDATE EXCLUSIVE, "
            + "so reads and writes go on";

    private final DestructiveLint lint;

    SafeForms(DestructiveLint lint) {
        this.lint = lint;
    }

    List<Step> apply(List<Operation> ordered) {
        Set<QualifiedName> whole = ordered.stream()
                .map(op -> op instanceof CreateTable c ? c.table().name() : op instanceof DropTable d ? d.table().name() : null)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<Step> steps = new ArrayList<>();
        List<Step> validations = new ArrayList<>();
        for (Operation op : ordered) {
            QualifiedName table = tableOf(op);
            if (table == null || whole.contains(table)) {
                steps.add(Step.of(op, lint.warning(op)));
                continue;
            }
            for (Step step : safe(op)) {
                (isDeferrable(op, step) ? validations : steps).add(step);
            }
        }
        steps.addAll(validations); // nothing waits for them: one block at the end
        return steps;
    }

    private List<Step> safe(Operation op) {
        if (op instanceof CreateIndex create && !create.concurrently()) {
            return List.of(outside(new CreateIndex(create.table(), create.index(), true), "CONCURRENTLY: built "
                    + "without blocking writes (a plain CREATE INDEX holds a SHARE lock for the whole build)"));
        }
        if (op instanceof DropIndex drop && !drop.concurrently()) {
            return List.of(outside(new DropIndex(drop.table(), drop.index(), true), "CONCURRENTLY: waits for "
                    + "running queries instead of taking ACCESS EXCLUSIVE on the table"));
        }
        if (op instanceof AddUniqueConstraint add && !add.usingIndex()) {
            return uniqueUsingIndex(add);
        }
        if (op instanceof AddForeignKey add && !add.notValid()) {
            return List.of(inside(new AddForeignKey(add.table(), add.foreignKey(), true), "NOT VALID: existing rows "
                    + "are not checked, so the SHARE ROW EXCLUSIVE lock on both tables is brief"),
                    outside(new ValidateConstraint(add.table(), add.foreignKey().name()), VALIDATE_WHY));
        }
        if (op instanceof AddCheckConstraint add && !add.notValid()) {
            return List.of(inside(new AddCheckConstraint(add.table(), add.check(), true), "NOT VALID: existing rows "
                    + "are not scanned while the table is locked"),
                    outside(new ValidateConstraint(add.table(), add.check().name()), VALIDATE_WHY));
        }
        if (op instanceof AlterColumn alter) {
            return alter(alter);
        }
        return List.of(Step.of(op, lint.warning(op)));
    }

    private List<Step> uniqueUsingIndex(AddUniqueConstraint add) {
        String name = add.constraint().name();
        Index index = new Index(name, add.constraint().columns().stream().map(IndexKey::column).toList(), true,
                Index.DEFAULT_METHOD, null);
        return List.of(outside(new CreateIndex(add.table(), index, true), "Unique index built CONCURRENTLY: "
                        + "duplicates are found without blocking writes"),
                inside(new AddUniqueConstraint(add.table(), add.constraint(), true), "USING INDEX: the index "
                        + "becomes the constraint, no scan under the table lock"));
    }

    /** SET NOT NULL proven by a validated CHECK, so PostgreSQL skips its own full scan under ACCESS EXCLUSIVE. */
    private List<Step> alter(AlterColumn alter) {
        if (!alter.changes().contains(AlterColumn.Change.NULLABLE) || alter.to().nullable()) {
            return List.of(withWhy(alter, TypeCast.why(alter)));
        }
        List<Step> steps = new ArrayList<>();
        Column to = alter.to();
        AlterColumn rest = new AlterColumn(alter.table(), alter.from(), to.withNullable(true), alter.using());
        if (!rest.changes().isEmpty()) {
            steps.add(withWhy(rest, TypeCast.why(rest)));
        }
        CheckConstraint helper = new CheckConstraint(helperName(alter.table(), to.name()), quote(to.name()) + " IS NOT NULL");
        steps.add(inside(new AddCheckConstraint(alter.table(), helper, true), "SET NOT NULL in steps: a helper "
                + "CHECK added NOT VALID does not scan the rows"));
        steps.add(outside(new ValidateConstraint(alter.table(), helper.name()), VALIDATE_WHY));
        steps.add(withWhy(new AlterColumn(alter.table(), to.withNullable(true), to, null), "PostgreSQL proves "
                + "NOT NULL from the validated check and skips the full-table scan under ACCESS EXCLUSIVE"));
        steps.add(inside(new DropCheckConstraint(alter.table(), helper), "The helper check has done its job"));
        return steps;
    }

    /** A validation of a new key or check; SET NOT NULL waits for its helper's, so that one stays in place. */
    private static boolean isDeferrable(Operation op, Step step) {
        return step.operation() instanceof ValidateConstraint && !(op instanceof AlterColumn);
    }

    /** {@code payments_status_not_null}, cut to PostgreSQL's 63-byte identifiers. */
    private static String helperName(QualifiedName table, String column) {
        String name = table.name() + "_" + column + "_not_null";
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    /** The table an operation that has a safe form works on; null for any other operation. */
    private static QualifiedName tableOf(Operation op) {
        if (op instanceof CreateIndex o) return o.table();
        if (op instanceof DropIndex o) return o.table();
        if (op instanceof AddUniqueConstraint o) return o.table();
        if (op instanceof AddForeignKey o) return o.table();
        if (op instanceof AddCheckConstraint o) return o.table();
        if (op instanceof AlterColumn o) return o.table();
        return null;
    }

    private Step withWhy(Operation op, String why) {
        return new Step(op, lint.warning(op), null, why, false);
    }

    private Step inside(Operation op, String why) {
        return withWhy(op, why);
    }

    private Step outside(Operation op, String why) {
        return new Step(op, lint.warning(op), null, why, true);
    }
}
