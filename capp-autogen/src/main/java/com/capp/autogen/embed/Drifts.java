package com.capp.autogen.embed;

import com.capp.autogen.app.DiffResult;
import com.capp.autogen.plan.Step;
import com.capp.autogen.render.SummaryRenderer;
import com.capp.autogen.sql.PostgresSql;

import java.util.List;

/** A comparison's plan as the API's {@link DriftReport}. */
final class Drifts {

    private Drifts() {
    }

    static DriftReport of(DiffResult result, LintResult lint) {
        if (result.isEmpty()) {
            return new DriftReport.NoDrift(lint);
        }
        return new DriftReport.Drift(result.plan().upgrade().stream().filter(s -> !s.isManual()).map(Drifts::change).toList(),
                result.summary(), lint);
    }

    private static DriftReport.Change change(Step step) {
        String summary = String.join("\n", new SummaryRenderer().lines(List.of(Step.of(step.operation(), null))));
        return new DriftReport.Change(step.operation().getClass().getSimpleName(), summary,
                PostgresSql.statements(step.operation()), step.warning() != null, step.warning());
    }
}
