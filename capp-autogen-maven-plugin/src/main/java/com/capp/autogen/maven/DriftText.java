package com.capp.autogen.maven;

import com.capp.autogen.embed.DriftReport;

/** The drift report as the build failure's message: the changes, the lint of their migration, what to run. */
final class DriftText {

    private DriftText() {
    }

    static String of(DriftReport.Drift drift) {
        StringBuilder text = new StringBuilder("capp-autogen: the entities hold changes no migration carries:\n");
        drift.summary().forEach(line -> text.append("  ").append(line).append('\n'));
        text.append("Lint of the migration autogenerate would write:\n");
        drift.lint().lines().forEach(line -> text.append("  ").append(line).append('\n'));
        return text.append("Generate a migration for them: mvn capp-autogen:revision -Dautogenerate -Dmessage=\"...\"")
                .toString();
    }
}
