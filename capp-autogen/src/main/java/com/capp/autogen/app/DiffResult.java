package com.capp.autogen.app;

import com.capp.autogen.ops.Operation;
import com.capp.autogen.plan.Plan;

import java.util.List;

/** What a comparison found: compare's operations, their plan, and its upgrade in Alembic's words. */
public record DiffResult(List<Operation> operations, Plan plan, List<String> summary) {

    public DiffResult {
        operations = List.copyOf(operations);
        summary = List.copyOf(summary);
    }

    public boolean isEmpty() {
        return plan.isEmpty();
    }
}
