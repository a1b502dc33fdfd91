package com.capp.autogen.runtime;

import com.capp.autogen.revision.MigrationStep;

import java.util.List;

/** What a run did: the heads before and after, and the migrations it ran (none for a stamp). */
public record RunResult(List<String> headsBefore, List<String> headsAfter, List<MigrationStep> steps) {

    public RunResult {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        steps = List.copyOf(steps);
    }
}
