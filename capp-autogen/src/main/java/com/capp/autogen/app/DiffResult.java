package com.capp.autogen.app;

import com.capp.autogen.plan.Plan;

import java.util.List;

/** What a comparison found: the plan, and its upgrade in Alembic's words. */
public record DiffResult(Plan plan, List<String> summary) {

    public DiffResult {
        summary = List.copyOf(summary);
    }

    public boolean isEmpty() {
        return plan.isEmpty();
    }
}
