package com.capp.autogen.lint;

import static com.capp.autogen.lint.Severity.ERROR;
import static com.capp.autogen.lint.Severity.WARNING;

/**
 * Every lint rule: a stable id (what {@code op.allowing} and {@code -- lint:allow} name), its
 * severity, what it catches, why that hurts a busy database, and the safe form. docs/LINT.md lists
 * them all; a test keeps the two in step.
 */
public enum Rule {
    REQUIRE_CONCURRENT_INDEX_CREATION("require-concurrent-index-creation", ERROR,
            "CREATE INDEX without CONCURRENTLY on an existing table",
            "builds the index under a SHARE lock: every INSERT, UPDATE and DELETE on the table waits until it is done",
            "CREATE INDEX CONCURRENTLY in a migration with transactional() = false"),
    REQUIRE_CONCURRENT_INDEX_DELETION("require-concurrent-index-deletion", ERROR,
            "DROP INDEX without CONCURRENTLY",
            "takes ACCESS EXCLUSIVE on the index's table: reads and writes queue behind it",
            "DROP INDEX CONCURRENTLY in a migration with transactional() = false"),
    CONCURRENTLY_IN_TRANSACTION("concurrently-in-transaction", ERROR,
            "CREATE/DROP INDEX CONCURRENTLY (or REINDEX/REFRESH/DETACH ... CONCURRENTLY) inside a transaction",
            "PostgreSQL refuses it inside a transaction block: the migration fails when it runs",
            "run it outside the transaction: transactional() = false on the migration"),
    CONSTRAINT_MISSING_NOT_VALID("constraint-missing-not-valid", ERROR,
            "FOREIGN KEY or CHECK added to an existing table without NOT VALID, or validated in the transaction that added it",
            "validating scans the whole table while holding a lock that blocks writes (and for a foreign key, on both tables)",
            "ADD CONSTRAINT ... NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a later migration"),
    SET_NOT_NULL_WITHOUT_CHECK("set-not-null-without-check", ERROR,
            "ALTER COLUMN ... SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL)",
            "scans the whole table under ACCESS EXCLUSIVE to prove no NULL is there",
            "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c (later migration); then SET NOT NULL"),
    CHANGING_COLUMN_TYPE("changing-column-type", ERROR,
            "ALTER COLUMN ... TYPE that rewrites the table",
            "rewrites the table and its indexes under ACCESS EXCLUSIVE: nothing reads or writes it meanwhile",
            "add a new column, backfill it in batches, switch the application, then drop the old one (expand/contract)"),
    VARCHAR_NARROWING("varchar-narrowing", ERROR,
            "varchar(n) made shorter (or text made varchar(n))",
            "checks every row under ACCESS EXCLUSIVE and fails on any longer value, after holding the lock",
            "add a CHECK (length(col) <= n) NOT VALID, validate it, and keep the wider type"),
    ADD_COLUMN_VOLATILE_DEFAULT("add-column-volatile-default", ERROR,
            "ADD COLUMN with a volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval(), serial, identity or stored generated)",
            "a volatile or computed value is written into every row: a full rewrite under ACCESS EXCLUSIVE",
            "add the column without default (or with a constant one), set the default, backfill in batches"),
    RENAMING_COLUMN("renaming-column", ERROR,
            "a column renamed",
            "the application version still running reads and writes the old name, and fails until it is replaced",
            "expand/contract: add the new column, write both, backfill, move readers, drop the old column later"),
    RENAMING_TABLE("renaming-table", ERROR,
            "a table renamed",
            "the application version still running queries the old name, and fails until it is replaced",
            "expand/contract: create the new table (or a view under the old name), move the application, drop later"),
    DROPPING_COLUMN("dropping-column", ERROR,
            "a column dropped",
            "the application version still running (and Hibernate's column list) still uses it",
            "stop using the column in one release (mark it @Transient / remove the mapping), drop it in a later one"),
    DROPPING_TABLE("dropping-table", ERROR,
            "an existing table dropped",
            "the application version still running still uses it; the data is gone for good",
            "stop using the table in one release, drop it in a later one (after a backup)"),
    ADDING_UNIQUE_CONSTRAINT("adding-unique-constraint", ERROR,
            "UNIQUE constraint added directly to an existing table",
            "builds its index under a lock that blocks writes for the whole build",
            "CREATE UNIQUE INDEX CONCURRENTLY, then ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX"),
    ADDING_PRIMARY_KEY("adding-primary-key", ERROR,
            "PRIMARY KEY added to an existing table",
            "builds the index (and checks NOT NULL) under ACCESS EXCLUSIVE",
            "CREATE UNIQUE INDEX CONCURRENTLY, then ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX"),
    BAN_VACUUM_FULL("ban-vacuum-full", ERROR,
            "VACUUM FULL in a migration",
            "rewrites the table under ACCESS EXCLUSIVE",
            "plain VACUUM (or pg_repack) outside the deploy"),
    BAN_CLUSTER("ban-cluster", ERROR,
            "CLUSTER in a migration",
            "rewrites the table under ACCESS EXCLUSIVE",
            "pg_repack outside the deploy, or accept the current order"),
    BAN_LOCK_TABLE("ban-lock-table", ERROR,
            "LOCK TABLE in a migration",
            "an explicit lock held to the end of the migration's transaction stalls every query on the table",
            "let each statement take the lock it needs, briefly, under lock_timeout"),
    MISSING_LOCK_TIMEOUT("missing-lock-timeout", ERROR,
            "a statement that takes ACCESS EXCLUSIVE on an existing table while lock_timeout is off",
            "waiting for the lock, it queues every later query on the table behind it: the classic migration outage",
            "keep ddl.lock.timeout (default 5 s); do not set lockTimeout() to zero or SET lock_timeout = 0"),
    DDL_WITH_DATA_UPDATE("ddl-with-data-update", ERROR,
            "UPDATE/DELETE/INSERT ... SELECT in the same transaction as DDL on an existing table",
            "the DDL's ACCESS EXCLUSIVE lock is held while the data changes, for as long as they take",
            "backfill in its own migration with transactional() = false, in batches"),
    TIMESTAMP_WITHOUT_TIME_ZONE("timestamp-without-time-zone", WARNING,
            "a new column of type timestamp (without time zone)",
            "stores wall-clock time without its zone: values from servers or clients in other zones mix up",
            "timestamptz (timestamp with time zone)"),
    PREFER_IDENTITY("prefer-identity", WARNING,
            "a new column of type serial / bigserial / smallserial",
            "serial's sequence is a separate object with its own ownership and grants; identity is the SQL standard",
            "bigint GENERATED BY DEFAULT AS IDENTITY");

    private final String id;
    private final Severity severity;
    private final String what;
    private final String why;
    private final String safe;

    Rule(String id, Severity severity, String what, String why, String safe) {
        this.id = id;
        this.severity = severity;
        this.what = what;
        this.why = why;
        this.safe = safe;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String what() {
        return what;
    }

    public String why() {
        return why;
    }

    public String safe() {
        return safe;
    }

    public static java.util.Optional<Rule> byId(String id) {
        return java.util.Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
