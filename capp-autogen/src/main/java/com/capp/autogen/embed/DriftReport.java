package com.capp.autogen.embed;

import java.util.List;

/**
 * What {@link CappAutogen#check()} found: either the entities and the database agree, or the
 * changes a new migration needs, with the lint findings of the migration autogenerate would write
 * for them. Switch over it:
 * <pre>{@code
 * switch (autogen.check()) {
 *     case DriftReport.NoDrift none -> log.info("schema up to date");
 *     case DriftReport.Drift drift -> drift.changes().forEach(c -> log.warn(c.summary()));
 * }
 * }</pre>
 */
public sealed interface DriftReport {

    /** True when the entities hold no change that the migrations lack. */
    boolean matching();

    /** Alembic's report of the changes, one line each ({@code Detected added column 'widgets.color'}); empty when matching. */
    List<String> summary();

    /** The lint findings of the migration {@code revision --autogenerate} would write for the changes. */
    LintResult lint();

    /**
     * The entities and the database (or the migrations) describe the same schema.
     *
     * @param lint the lint of the (empty) migration autogenerate would write: no findings
     */
    record NoDrift(LintResult lint) implements DriftReport {
        @Override
        public boolean matching() {
            return true;
        }

        @Override
        public List<String> summary() {
            return List.of();
        }
    }

    /**
     * The changes a new migration needs.
     *
     * @param changes the changes, in the order a migration would make them
     * @param summary Alembic's lines for them (steps to do by hand included)
     * @param lint    the lint findings of the migration autogenerate would write
     */
    record Drift(List<Change> changes, List<String> summary, LintResult lint) implements DriftReport {
        public Drift {
            changes = List.copyOf(changes);
            summary = List.copyOf(summary);
        }

        @Override
        public boolean matching() {
            return false;
        }
    }

    /**
     * One change a migration needs.
     *
     * @param kind        the operation, e.g. {@code AddColumn}, {@code CreateTable}
     * @param summary     Alembic's wording, e.g. {@code Detected added column 'widgets.color'}
     * @param sql         the PostgreSQL statements that make it
     * @param destructive whether it can lose data (then {@code warning} says why)
     * @param warning     the destructive-change warning, or empty
     */
    record Change(String kind, String summary, List<String> sql, boolean destructive, String warning) {
        public Change {
            sql = List.copyOf(sql);
            warning = warning == null ? "" : warning;
        }
    }
}
