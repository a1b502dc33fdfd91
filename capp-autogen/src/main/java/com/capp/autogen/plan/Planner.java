package com.capp.autogen.plan;

import com.capp.autogen.ops.AlterColumn;
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
 * step linted. The downgrade is each operation reversed, in reverse order; both directions then
 * get the production-safe forms ({@link SafeForms}) unless the plain ones are asked for.
 */
public final class Planner {

    private final DestructiveLint lint = new DestructiveLint();
    private final SafeForms safeForms;

    /** A planner writing the production-safe forms ({@link SafeForms}). */
    public Planner() {
        this(true);
    }

    /** @param safe false for the plain forms ({@code --unsafe}): one statement per change, all in the transaction */
    public Planner(boolean safe) {
        this.safeForms = safe ? new SafeForms(lint) : null;
    }

    public Plan plan(List<Operation> operations) {
        List<Operation> ordered = order(operations).stream().map(Planner::withCast).toList();
        List<Operation> reversed = new ArrayList<>();
        List<Step> downgrade = new ArrayList<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Step step = reverse(ordered.get(i));
            downgrade.add(step);
            if (!step.isManual()) {
                reversed.add(withCast(step.operation()));
            }
        }
        List<Step> upgrade = steps(ordered);
        if (safeForms == null || downgrade.stream().anyMatch(Step::isManual)) {
            return new Plan(upgrade, castDowngrade(downgrade));
        }
        return new Plan(upgrade, safeForms.apply(reversed));
    }

    /**
     * The expand and the contract plan of one change ({@code --split}, see {@link ExpandContract}):
     * each becomes a revision with its own downgrade.
     */
    public List<Plan> split(List<Operation> operations) {
        ExpandContract.Split split = new ExpandContract().split(operations);
        return List.of(plan(split.expand()), plan(split.contract()));
    }

    private List<Step> steps(List<Operation> ordered) {
        return safeForms == null ? ordered.stream().map(op -> Step.of(op, lint.warning(op))).toList()
                : safeForms.apply(ordered);
    }

    /** A downgrade with steps to write by hand keeps the plain forms, each manual step in its place. */
    private List<Step> castDowngrade(List<Step> downgrade) {
        return downgrade.stream().map(s -> s.isManual() ? s : Step.of(withCast(s.operation()), s.warning())).toList();
    }

    private static Operation withCast(Operation op) {
        return op instanceof AlterColumn alter ? TypeCast.withUsing(alter) : op;
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
