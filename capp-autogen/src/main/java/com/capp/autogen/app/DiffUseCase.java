package com.capp.autogen.app;

import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.compare.SchemaComparator;
import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.plan.Plan;
import com.capp.autogen.plan.Planner;
import com.capp.autogen.render.SummaryRenderer;
import com.capp.autogen.schema.Schema;

import java.util.List;

/**
 * The autogenerate pipeline from two sources to a plan: load the target (to learn which schemas it
 * uses), load the current side for those schemas, let the current side say how expressions compare
 * (a database asks PostgreSQL to spell the target's), compare, plan. Used by {@code check},
 * {@code diff} and {@code revision --autogenerate}.
 */
public final class DiffUseCase {

    private final Planner planner;

    /** Plans the production-safe forms. */
    public DiffUseCase() {
        this(true);
    }

    /** @param safe false for the plain forms ({@code --unsafe}) */
    public DiffUseCase(boolean safe) {
        this.planner = new Planner(safe);
    }

    public DiffResult diff(SchemaSource current, SchemaSource target, CompareOptions options) {
        current.prepare(); // the dev database starts while the entities are read
        Schema wanted = target.loadAll();
        Schema have = current.load(wanted.schemaNames());
        return diff(have, wanted, options, current.equivalenceFor(have, wanted));
    }

    /** Two schemas already in hand; expressions are compared by the string rules. */
    public DiffResult diff(Schema current, Schema target, CompareOptions options) {
        return diff(current, target, options, ExpressionEquivalence.postgres());
    }

    private DiffResult diff(Schema current, Schema target, CompareOptions options, ExpressionEquivalence equivalence) {
        List<Operation> operations = new SchemaComparator(equivalence).compare(current, target, options);
        Plan plan = planner.plan(operations);
        return new DiffResult(operations, plan, new SummaryRenderer().lines(plan.upgrade()));
    }

    /** {@code diff} as two plans, expand then contract ({@code revision --autogenerate --split}). */
    public List<Plan> split(DiffResult diff) {
        return planner.split(diff.operations());
    }
}
