package com.capp.autogen.lint;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.config.DdlConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static com.capp.autogen.api.ColumnChange.change;
import static com.capp.autogen.api.Ddl.column;
import static com.capp.autogen.api.Ddl.foreignKey;
import static com.capp.autogen.api.Ddl.index;
import static com.capp.autogen.api.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule on a minimal migration that breaks it, and on the safe form that does not. Tables not
 * created in the linted run ({@code users}, {@code payments}) count as existing, as on a live database.
 */
class LintRulesTest {

    @Test
    void indexWithoutConcurrentlyOnAnExistingTable() {
        assertFires("require-concurrent-index-creation", op -> op.createIndex("ix_users_email", "users", "email"));
        assertSilent(nonTransactional(op -> op.createIndex("users", index("ix_users_email", "email").concurrently())));
        assertSilent(migration(op -> {
            op.createTable("fresh", column("id", "bigint"));
            op.createIndex("ix_fresh_id", "fresh", "id"); // new, empty table: a plain build is fine
        }));
        assertFires("require-concurrent-index-creation", op -> op.execute("CREATE UNIQUE INDEX ix ON users (email)"));
    }

    @Test
    void indexDroppedWithoutConcurrently() {
        assertFires("require-concurrent-index-deletion", op -> op.dropIndex("ix_users_email", "users"));
        assertSilent(nonTransactional(op -> op.dropIndex("ix_users_email", "users", true)));
    }

    @Test
    void concurrentlyInsideATransaction() {
        assertFires("concurrently-in-transaction", op -> op.createIndex("users", index("ix", "email").concurrently()));
        assertFires("concurrently-in-transaction", op -> op.dropIndex("ix", "users", true));
        assertFires("concurrently-in-transaction", op -> op.execute("REINDEX INDEX CONCURRENTLY ix"));
        assertSilent(nonTransactional(op -> op.execute("REINDEX INDEX CONCURRENTLY ix")));
    }

    @Test
    void foreignKeyOrCheckWithoutNotValid() {
        assertFires("constraint-missing-not-valid",
                op -> op.createForeignKey("payments", foreignKey("fk_payments_user", "user_id").references("users", "id")));
        assertFires("constraint-missing-not-valid", op -> op.createCheckConstraint("ck_amount", "payments", "amount > 0"));
        assertSilent(migration(op -> op.execute(
                "ALTER TABLE payments ADD CONSTRAINT fk_payments_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID")));
        assertSilent(migration(op -> op.execute("ALTER TABLE payments VALIDATE CONSTRAINT fk_payments_user")));
    }

    @Test
    void notValidThenValidateInTheSameTransaction() {
        assertFires("constraint-missing-not-valid", op -> {
            op.execute("ALTER TABLE payments ADD CONSTRAINT ck_amount CHECK (amount > 0) NOT VALID");
            op.execute("ALTER TABLE payments VALIDATE CONSTRAINT ck_amount");
        });
        assertSilent(migration(op -> op.execute("ALTER TABLE payments ADD CONSTRAINT ck_amount CHECK (amount > 0) NOT VALID")),
                migration(op -> op.execute("ALTER TABLE payments VALIDATE CONSTRAINT ck_amount")));
    }

    @Test
    void setNotNullWithoutAValidatedCheck() {
        assertFires("set-not-null-without-check", op -> op.alterColumn("users", "email", change().nullable(false)));
        assertSilent(
                migration(op -> op.execute("ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID")),
                migration(op -> op.execute("ALTER TABLE users VALIDATE CONSTRAINT users_email_nn")),
                migration(op -> op.alterColumn("users", "email", change().nullable(false))));
    }

    @Test
    void columnTypeChangeThatRewrites() {
        assertFires("changing-column-type", op -> op.alterColumn("users", "id", change().type("bigint")));
        assertFires("changing-column-type", op -> op.execute("ALTER TABLE users ALTER COLUMN score TYPE integer USING score::integer"));
        assertSilent(migration(op -> op.execute("-- lint:allow changing-column-type: varchar(50) to text, no rewrite\n"
                + "ALTER TABLE users ALTER COLUMN name TYPE text")));
    }

    @Test
    void rewriteFreeTypeChangesAreKnown() {
        TypeChanges types = new TypeChanges();
        assertTrue(types.rewriteFree("varchar(20)", "varchar(40)"));
        assertTrue(types.rewriteFree("character varying(20)", "text"));
        assertTrue(types.rewriteFree("numeric(10,2)", "numeric(12,2)"));
        assertTrue(!types.rewriteFree("integer", "bigint"), "int to bigint rewrites");
        assertTrue(!types.rewriteFree("numeric(10,2)", "numeric(12,4)"), "a new scale rewrites");
        assertTrue(types.narrowsVarchar("varchar(40)", "varchar(20)"));
        assertTrue(types.narrowsVarchar("text", "varchar(20)"));
        assertTrue(!types.narrowsVarchar("varchar(20)", "varchar(40)"));
    }

    @Test
    void addColumnWithAVolatileDefault() {
        assertFires("add-column-volatile-default",
                op -> op.addColumn("users", column("token", "uuid").serverDefault("gen_random_uuid()")));
        assertFires("add-column-volatile-default", op -> op.execute("ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY"));
        assertSilent(migration(op -> op.addColumn("users", column("created_at", "timestamptz").serverDefault("now()"))));
        assertSilent(migration(op -> op.addColumn("users", column("status", "text").serverDefault("'active'"))));
    }

    @Test
    void renamesAndDropsBreakTheRunningApplication() {
        assertFires("renaming-column", op -> op.renameColumn("users", "email", "email_address"));
        assertFires("renaming-table", op -> op.renameTable("users", "customers"));
        assertFires("dropping-column", op -> op.dropColumn("users", "legacy"));
        assertFires("dropping-table", op -> op.dropTable("users"));
        assertSilent(migration(op -> op.addColumn("users", column("email_address", "text"))));
        assertSilent(migration(op -> {
            op.createTable("scratch", column("id", "bigint"));
            op.dropTable("scratch");
        }));
    }

    @Test
    void uniqueConstraintAndPrimaryKeyAddedDirectly() {
        assertFires("adding-unique-constraint", op -> op.createUniqueConstraint("uq_users_email", "users", "email"));
        assertFires("adding-primary-key", op -> op.createPrimaryKey("users_pkey", "users", "id"));
        assertSilent(migration(op -> op.execute("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX ix_users_email")));
        assertSilent(migration(op -> op.execute("ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX ix_users_id")));
        assertSilent(migration(op -> op.createTable("fresh", column("id", "bigint").notNull(), primaryKey("fresh_pkey", "id"))));
    }

    @Test
    void vacuumFullClusterAndLockTable() {
        assertFires("ban-vacuum-full", op -> op.execute("VACUUM (FULL, ANALYZE) users"));
        assertFires("ban-cluster", op -> op.execute("CLUSTER users USING users_pkey"));
        assertFires("ban-lock-table", op -> op.execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE"));
        assertSilent(nonTransactional(op -> op.execute("VACUUM ANALYZE users")));
    }

    @Test
    void accessExclusiveWithoutLockTimeout() {
        Migration noTimeout = new Body(op -> op.addColumn("users", column("nickname", "text")), true, Duration.ZERO);
        assertEquals(List.of("missing-lock-timeout"), ids(noTimeout));
        assertFires("missing-lock-timeout", op -> {
            op.execute("SET LOCAL lock_timeout = '0'");
            op.addColumn("users", column("nickname", "text"));
        });
        assertEquals(List.of("missing-lock-timeout"), ids(new Linter(new DdlConfig(Duration.ZERO, Duration.ZERO, 1,
                Duration.ZERO), TableFacts.NONE), migration(op -> op.addColumn("users", column("nickname", "text")))));
        assertSilent(migration(op -> op.addColumn("users", column("nickname", "text"))));
    }

    @Test
    void dataUpdateInTheTransactionOfDdl() {
        assertFires("ddl-with-data-update", op -> {
            op.addColumn("users", column("nickname", "text"));
            op.execute("UPDATE users SET nickname = name");
        });
        assertSilent(migration(op -> op.addColumn("users", column("nickname", "text"))),
                nonTransactional(op -> op.execute("UPDATE users SET nickname = name WHERE id BETWEEN 1 AND 10000")));
    }

    @Test
    void varcharNarrowingNeedsTheCurrentTypeFromTheDatabase() {
        TableFacts facts = new TableFacts() {
            @Override
            public Optional<String> columnType(String table, String column) {
                return Optional.of("character varying(100)");
            }
        };
        Linter linter = new Linter(DdlConfig.DEFAULTS, facts);
        assertEquals(List.of("varchar-narrowing"), ids(linter, migration(op -> op.alterColumn("users", "name", change().type("varchar(20)")))));
        assertEquals(List.of(), ids(linter, migration(op -> op.alterColumn("users", "name", change().type("varchar(200)")))));
    }

    @Test
    void timestampWithoutTimeZoneAndSerialAreWarnings() {
        Linter linter = new Linter(DdlConfig.DEFAULTS, TableFacts.NONE);
        LintReport report = linter.lint(revisions(migration(op -> op.createTable("events",
                column("id", "bigserial"), column("at", "timestamp"), column("seen", "timestamp(3) without time zone")))));
        assertEquals(List.of("timestamp-without-time-zone", "prefer-identity"), ids(report));
        assertEquals(0, report.errors());
        assertEquals(2, report.warnings());
        assertSilent(migration(op -> op.createTable("events", column("id", "bigint").identity(com.capp.autogen.schema.Identity.BY_DEFAULT),
                column("at", "timestamptz"), column("seen", "timestamp(3) with time zone"),
                column("created", "timestamptz").serverDefault("current_timestamp"))));
    }

    @Test
    void anAllowanceSilencesOneStatementAndKeepsItsReason() {
        LintReport report = new Linter(DdlConfig.DEFAULTS, TableFacts.NONE).lint(revisions(migration(op -> {
            op.allowing("require-concurrent-index-creation", "users has 12 rows").createIndex("ix_a", "users", "a");
            op.createIndex("ix_b", "users", "b");
        })));
        assertEquals(2, report.findings().size());
        assertEquals("users has 12 rows", report.findings().get(0).allowedReason());
        assertEquals(null, report.findings().get(1).allowedReason(), "the allowance covers one statement only");
        assertEquals(1, report.errors());
        assertEquals(1, report.allowed());
    }

    @Test
    void anAllowanceNamingNoRuleIsAnError() {
        var failure = org.junit.jupiter.api.Assertions.assertThrows(com.capp.autogen.runtime.RuntimeFailure.class,
                () -> ids(migration(op -> op.allowing("no-such-rule", "typo").createIndex("ix", "users", "a"))));
        assertTrue(failure.getMessage().contains("'no-such-rule'"), failure.getMessage());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void assertFires(String rule, Consumer<Op> body) {
        List<String> ids = ids(migration(body));
        assertTrue(ids.contains(rule), rule + " should fire, got " + ids);
    }

    private static void assertSilent(Migration... migrations) {
        assertEquals(List.of(), ids(new Linter(DdlConfig.DEFAULTS, TableFacts.NONE), migrations));
    }

    private static List<String> ids(Migration... migrations) {
        return ids(new Linter(DdlConfig.DEFAULTS, TableFacts.NONE), migrations);
    }

    private static List<String> ids(Linter linter, Migration... migrations) {
        return ids(linter.lint(revisions(migrations)));
    }

    private static List<String> ids(LintReport report) {
        return report.findings().stream().filter(f -> !f.allowed()).map(f -> f.rule().id()).toList();
    }

    static Map<String, Migration> revisions(Migration... migrations) {
        Map<String, Migration> byRevision = new LinkedHashMap<>();
        for (int i = 0; i < migrations.length; i++) {
            byRevision.put(String.format("%04d", i + 1), migrations[i]);
        }
        return byRevision;
    }

    static Migration migration(Consumer<Op> body) {
        return new Body(body, true, null);
    }

    static Migration nonTransactional(Consumer<Op> body) {
        return new Body(body, false, null);
    }

    private static final class Body extends Migration {
        private final Consumer<Op> body;
        private final boolean transactional;
        private final Duration lockTimeout;

        Body(Consumer<Op> body, boolean transactional, Duration lockTimeout) {
            this.body = body;
            this.transactional = transactional;
            this.lockTimeout = lockTimeout;
        }

        @Override
        public void upgrade(Op op) {
            body.accept(op);
        }

        @Override
        public void downgrade(Op op) {
        }

        @Override
        public boolean transactional() {
            return transactional;
        }

        @Override
        public Optional<Duration> lockTimeout() {
            return Optional.ofNullable(lockTimeout);
        }
    }
}
