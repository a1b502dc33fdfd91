package com.capp.autogen.plan;

import com.capp.autogen.ops.CreateEnum;
import com.capp.autogen.ops.CreateTable;
import com.capp.autogen.ops.DropEnum;
import com.capp.autogen.ops.DropTable;
import com.capp.autogen.ops.IrreversibleOperationException;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns compare's operations into a runnable plan: phases (see {@link Phase}), new tables in
 * foreign-key order with cycles split out, dropped tables in the reverse of that order, and every
 * step linted. The downgrade is each operation reversed, in reverse order.
 */
public final class Planner {

    private final DestructiveLint lint = new DestructiveLint();

    public Plan plan(List<Operation> operations) {
        List<Operation> ordered = order(operations);
        List<Step> upgrade = ordered.stream().map(op -> Step.of(op, lint.warning(op))).toList();
        List<Step> downgrade = new ArrayList<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            downgrade.add(reverse(ordered.get(i)));
        }
        return new Plan(upgrade, downgrade);
    }

    List<Operation> order(List<Operation> operations) {
        List<Operation> expanded = new ArrayList<>();
        List<Table> created = new ArrayList<>();
        List<Table> dropped = new ArrayList<>();
        for (Operation op : operations) {
            if (op instanceof CreateTable create) {
                created.add(create.table());
            } else if (op instanceof DropTable drop) {
                dropped.add(drop.table());
            } else {
                expanded.add(op);
            }
        }
        expanded.addAll(CreationOrder.of(created));
        List<Operation> dropSequence = CreationOrder.of(dropped);
        for (int i = dropSequence.size() - 1; i >= 0; i--) {
            expanded.add(dropSequence.get(i).reverse());
        }
        Set<QualifiedName> recreatedEnums = expanded.stream().filter(CreateEnum.class::isInstance)
                .map(op -> ((CreateEnum) op).enumType().name()).collect(Collectors.toSet());
        Phase phases = new Phase();
        Map<Operation, Integer> phaseOf = new IdentityHashMap<>();
        expanded.forEach(op -> phaseOf.put(op, op instanceof DropEnum drop
                && recreatedEnums.contains(drop.enumType().name()) ? Phase.REPLACED_ENUM_DROP : op.accept(phases)));
        List<Operation> sorted = new ArrayList<>(expanded);
        sorted.sort(Comparator.comparingInt(phaseOf::get)); // stable: keeps the order within a phase
        return sorted;
    }

    private Step reverse(Operation op) {
        try {
            Operation reversed = op.reverse();
            return Step.of(reversed, lint.warning(reversed));
        } catch (IrreversibleOperationException e) {
            return Step.manual(e.getMessage());
        }
    }
}
