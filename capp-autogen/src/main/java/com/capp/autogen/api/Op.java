package com.capp.autogen.api;

import java.util.List;

/**
 * The operations a migration performs, as Alembic's {@code op}. Table names may be qualified
 * ({@code "audit.events"}); unqualified names are in {@code public}. Identifiers are quoted as
 * PostgreSQL needs, so reserved words and mixed case are safe. Build table elements with the
 * static helpers of {@link Ddl}.
 */
public interface Op {

    // --- tables ---------------------------------------------------------------------------------
    void createTable(String table, TableElement... elements);

    void dropTable(String table);

    void renameTable(String table, String newName);

    void setTableComment(String table, String comment);

    // --- columns --------------------------------------------------------------------------------
    void addColumn(String table, ColumnDef column);

    void dropColumn(String table, String column);

    /** Changes type ({@code USING} allowed), nullability, server default, identity or comment. */
    void alterColumn(String table, String column, ColumnChange change);

    void renameColumn(String table, String column, String newName);

    // --- constraints ----------------------------------------------------------------------------
    void createPrimaryKey(String name, String table, String... columns);

    void createUniqueConstraint(String name, String table, String... columns);

    void createCheckConstraint(String name, String table, String expression);

    void createForeignKey(String table, ForeignKeyDef foreignKey);

    /** {@code ADD ... NOT VALID}: existing rows are not scanned; {@link #validateConstraint} checks them later. */
    void createForeignKeyNotValid(String table, ForeignKeyDef foreignKey);

    /** {@code ADD CONSTRAINT ... CHECK (...) NOT VALID}: existing rows are checked by {@link #validateConstraint}. */
    void createCheckConstraintNotValid(String name, String table, String expression);

    /** Checks existing rows against a NOT VALID constraint without blocking writes (SHARE UPDATE EXCLUSIVE). */
    void validateConstraint(String name, String table);

    /** {@code ADD CONSTRAINT name UNIQUE USING INDEX name}: a unique index built beforehand becomes the constraint. */
    void createUniqueConstraintUsingIndex(String name, String table);

    /** Drops a constraint of any kind by name (primary key, unique, check or foreign key). */
    void dropConstraint(String name, String table);

    // --- indexes --------------------------------------------------------------------------------
    /** A plain b-tree index on columns, as {@code op.create_index(name, table, columns)}. */
    void createIndex(String name, String table, String... columns);

    /** Any index: unique, expressions, DESC, partial, method, CONCURRENTLY. */
    void createIndex(String table, IndexDef index);

    void dropIndex(String name, String table);

    void dropIndex(String name, String table, boolean concurrently);

    // --- sequences and types --------------------------------------------------------------------
    void createSequence(String name, long start, long increment);

    /** A sequence with any options: {@code op.createSequence(sequence("n").as("integer").cache(20))}. */
    void createSequence(SequenceDef sequence);

    void dropSequence(String name);

    void createEnum(String name, String... labels);

    void addEnumValue(String name, String value);

    void dropEnum(String name);

    void createSchema(String name);

    void dropSchema(String name);

    // --- transactions ---------------------------------------------------------------------------
    /**
     * Runs {@code statements} outside the migration's transaction, as Alembic's
     * {@code autocommit_block()}: what ran before is committed, each statement in the block commits
     * on its own (CREATE INDEX CONCURRENTLY needs that), and a new transaction begins after it. The
     * version table is still updated once, at the end. A run interrupted after a commit resumes
     * after it, so statements in the block must be safe to repeat: the runtime makes the concurrent
     * index builds and drops, and validations, so.
     */
    void outsideTransaction(Runnable statements);

    // --- data -----------------------------------------------------------------------------------
    /** Runs SQL as given: data migrations and anything this API has no word for. */
    void execute(String sql);

    /** Inserts rows, each a list of values in {@code columns} order. */
    void bulkInsert(String table, List<String> columns, List<List<Object>> rows);

    // --- context --------------------------------------------------------------------------------
    /**
     * The {@code -x KEY=VALUE} arguments of the command line, as Alembic's
     * {@code context.get_x_argument(as_dictionary=True)}; empty when none were given.
     */
    default java.util.Map<String, String> xArguments() {
        return java.util.Map.of();
    }

    // --- lint -----------------------------------------------------------------------------------
    /**
     * Lets the next operation break lint rule {@code ruleId} (see {@code capp-autogen lint}), for the
     * reason given; the reason is printed in lint reports. In {@link #execute} SQL a comment does
     * the same: {@code -- lint:allow rule-id: reason}.
     */
    Op allowing(String ruleId, String reason);
}
