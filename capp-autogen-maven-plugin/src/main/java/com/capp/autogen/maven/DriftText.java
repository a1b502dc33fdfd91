package com.capp.autogen.maven;

import com.capp.autogen.embed.DriftReport;

/** The drift report as the build failure's message: each change, then what to run. */
final class DriftText {

    private DriftText() {
    }

    static String of(DriftReport.Drift drift) {
        StringBuilder text = new StringBuilder("capp-autogen: the entities hold changes no migration carries:\n");
        for (DriftReport.Change change : drift.changes()) {
            change.summary().lines().forEach(line -> text.append("  ").append(line).append('\n'));
            if (change.destructive()) {
                text.append("    WARNING: ").append(change.warning()).append('\n');
            }
        }
        return text.append("Generate a migration for them: mvn capp-autogen:revision -Dautogenerate -Dmessage=\"...\"")
                .toString();
    }
}
