package com.capp.autogen.plan;

import com.capp.autogen.ops.*; // every kind of operation is sorted into a phase
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The guide's two deploy phases from one model change ({@code revision --autogenerate --split}).
 * Expand holds everything the running application tolerates: new tables, nullable or defaulted
 * columns, indexes, constraints (NOT VALID, then validated), widenings, relaxed NOT NULL. Contract
 * holds what only the new code tolerates: drops, renames, NOT NULL on existing columns, type
 * changes that are not widenings. A new NOT NULL column without a default is added nullable in
 * expand (the old code does not write it) and made NOT NULL in contract, after the backfill.
 * An object both dropped and re-added (a changed check, a replaced enum) moves to contract whole.
 */
final class ExpandContract {

    /** The operations of each phase, each list in compare's order. */
    record Split(List<Operation> expand, List<Operation> contract) {
    }

    private final TypeWidening widening = new TypeWidening();

    Split split(List<Operation> operations) {
        List<Operation> expand = new ArrayList<>();
        List<Operation> contract = new ArrayList<>();
        for (Operation op : operations) {
            if (op instanceof AddColumn add && addsNullableFirst(add.column())) {
                expand.add(new AddColumn(add.table(), add.column().withNullable(true)));
                contract.add(new AlterColumn(add.table(), add.column().withNullable(true), add.column(), null));
            } else {
                (isContract(op) ? contract : expand).add(op);
            }
        }
        Set<String> replaced = contract.stream().map(ExpandContract::objectKey).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<Operation> moved = expand.stream().filter(op -> replaced.contains(objectKey(op))).toList();
        expand.removeAll(moved);
        contract.addAll(0, moved);
        return new Split(expand, contract);
    }

    private static boolean addsNullableFirst(Column column) {
        return !column.nullable() && column.defaultExpression() == null && column.identity() == Identity.NONE
                && !column.isGenerated();
    }

    private boolean isContract(Operation op) {
        if (op instanceof AlterColumn alter) {
            boolean setsNotNull = alter.from().nullable() && !alter.to().nullable();
            boolean narrows = alter.changes().contains(AlterColumn.Change.TYPE)
                    && !widening.isWidening(alter.from().type(), alter.to().type());
            return setsNotNull || narrows;
        }
        return op instanceof DropTable || op instanceof DropColumn || op instanceof DropIndex
                || op instanceof DropUniqueConstraint || op instanceof DropCheckConstraint
                || op instanceof DropForeignKey || op instanceof DropPrimaryKey || op instanceof DropSequence
                || op instanceof DropEnum || op instanceof DropSchema || op instanceof RenameTable
                || op instanceof RenameColumn;
    }

    /** The name an added or dropped object goes by, so a drop and a re-add of it are seen as one change. */
    private static String objectKey(Operation op) {
        if (op instanceof AddColumn o) return "column " + o.table() + "." + o.column().name();
        if (op instanceof DropColumn o) return "column " + o.table() + "." + o.column().name();
        if (op instanceof AddPrimaryKey o) return "primary key " + o.table();
        if (op instanceof DropPrimaryKey o) return "primary key " + o.table();
        if (op instanceof AddUniqueConstraint o) return "relation " + o.table().schema() + "." + o.constraint().name();
        if (op instanceof DropUniqueConstraint o) return "relation " + o.table().schema() + "." + o.constraint().name();
        if (op instanceof CreateIndex o) return "relation " + o.table().schema() + "." + o.index().name();
        if (op instanceof DropIndex o) return "relation " + o.table().schema() + "." + o.index().name();
        if (op instanceof AddCheckConstraint o) return "constraint " + o.table() + "." + o.check().name();
        if (op instanceof DropCheckConstraint o) return "constraint " + o.table() + "." + o.check().name();
        if (op instanceof AddForeignKey o) return "constraint " + o.table() + "." + o.foreignKey().name();
        if (op instanceof DropForeignKey o) return "constraint " + o.table() + "." + o.foreignKey().name();
        if (op instanceof CreateEnum o) return "type " + o.enumType().name();
        if (op instanceof DropEnum o) return "type " + o.enumType().name();
        if (op instanceof CreateSequence o) return "sequence " + o.sequence().name();
        if (op instanceof DropSequence o) return "sequence " + o.sequence().name();
        return null;
    }
}
