package com.capp.autogen.render;

import com.capp.autogen.plan.Step;

import java.util.ArrayList;
import java.util.List;

/** The human summary of a plan's upgrade, one line per detected change, warnings flagged. */
public final class SummaryRenderer {

    public List<String> lines(List<Step> steps) {
        SummaryLines words = new SummaryLines();
        List<String> lines = new ArrayList<>();
        for (Step step : steps) {
            if (step.isManual()) {
                continue;
            }
            String text = step.operation().accept(words);
            lines.addAll(List.of(text.split("\n")));
            if (step.warning() != null) {
                lines.add("  WARNING: " + step.warning());
            }
        }
        return lines;
    }
}
