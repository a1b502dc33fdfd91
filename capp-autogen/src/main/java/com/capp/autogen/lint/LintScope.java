package com.capp.autogen.lint;

import com.capp.autogen.runtime.StatementTimeouts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the rules know while reading a run of migrations in order: the tables created so far (new,
 * hence empty: rules about locking existing tables skip them), NOT NULL checks validated in an
 * earlier migration, and, for the current migration, its lock timeout and the constraints it added.
 */
final class LintScope {

    private final TableFacts facts;
    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> validatedNotNull = new HashSet<>();
    private final Map<String, String> notValidNotNullChecks = new HashMap<>(); // constraint → table.column
    private final Set<String> addedThisMigration = new HashSet<>();
    private boolean lockTimeoutOff;

    LintScope(TableFacts facts) {
        this.facts = facts;
    }

    TableFacts facts() {
        return facts;
    }

    void startMigration(StatementTimeouts timeouts) {
        addedThisMigration.clear();
        lockTimeoutOff = timeouts.waitsForeverForLocks();
    }

    /** A table the database already has (with rows, possibly many) when the migration runs. */
    boolean existing(String table) {
        String name = SqlText.table(table);
        return !createdTables.contains(name) && (!facts.fromDatabase() || facts.exists(name));
    }

    void created(String table) {
        createdTables.add(SqlText.table(table));
    }

    boolean lockTimeoutOff() {
        return lockTimeoutOff;
    }

    void lockTimeoutOff(boolean off) {
        lockTimeoutOff = off;
    }

    void addedConstraint(String name, String table, String notNullColumn) {
        addedThisMigration.add(name);
        if (notNullColumn != null) {
            notValidNotNullChecks.put(name, SqlText.table(table) + "." + notNullColumn);
        }
    }

    boolean addedThisMigration(String constraint) {
        return addedThisMigration.contains(constraint);
    }

    void validated(String constraint) {
        String column = notValidNotNullChecks.get(constraint);
        if (column != null) {
            validatedNotNull.add(column);
        }
    }

    boolean hasValidatedNotNullCheck(String table, String column) {
        String name = SqlText.table(table);
        return validatedNotNull.contains(name + "." + column) || facts.hasValidatedNotNullCheck(name, column);
    }
}
