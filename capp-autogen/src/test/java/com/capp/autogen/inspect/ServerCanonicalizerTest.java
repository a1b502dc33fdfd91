package com.capp.autogen.inspect;

import com.capp.autogen.TestProject;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.compare.SchemaComparator;
import com.capp.autogen.model.HibernateModelReader;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.normalize.ServerSpellings;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Table;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.SharedFiles;
import com.capp.testsupport.SqlScript;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL spells the target's expressions, and compare trusts it over the string rules: each case
 * changes one expression of the database's own table as a model would write it, and asserts what the
 * server-spelled comparison says, next to what the string rules said (where they were wrong).
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerCanonicalizerTest {

    private static final QualifiedName ORDERS = QualifiedName.of("orders");

    private TestDatabase db;
    private Table orders;

    @BeforeAll
    void createTable(TestDatabase db) throws Exception {
        this.db = db;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE orders (id integer PRIMARY KEY, a integer, b integer, c integer,
                        amount numeric(15,2), email varchar(255), status varchar(20) DEFAULT 'pending',
                        active boolean,
                        CONSTRAINT ck_weighted CHECK ((a + b) * c > 0),
                        CONSTRAINT ck_amount CHECK (amount > 0),
                        CONSTRAINT ck_status CHECK (status IN ('pending', 'paid')));
                    CREATE INDEX ix_orders_email ON orders (lower(email));
                    CREATE INDEX ix_orders_active ON orders (id) WHERE active AND amount BETWEEN 1 AND 5;
                    """);
        }
        orders = current().tables().get(0);
    }

    @Test
    void groupingThatChangesMeaningIsAChange() {
        Table target = withCheck("ck_weighted", "a + b * c > 0");
        assertTrue(stringRules(target).isEmpty(), "the string rules drop the parentheses and miss it");
        assertEquals(2, serverSpelled(target).size(), "check replaced: " + serverSpelled(target));
    }

    @Test
    void castsAndParenthesesPostgresqlAddsAreNoChange() {
        assertEquals(List.of(), serverSpelled(withCheck("ck_amount", "amount > 0")));
    }

    @Test
    void inListIsNoChangeThoughPostgresqlRewritesItAsAnyArray() {
        Table target = withCheck("ck_status", "status IN ('pending', 'paid')");
        assertEquals(List.of(), stringRules(target), "the string rules (the no-TEMP fallback) agree");
        assertEquals(List.of(), serverSpelled(target));
    }

    @Test
    void expressionIndexKeyIsNoChange() {
        Table target = withIndex("ix_orders_email", i -> new Index(i.name(),
                List.of(IndexKey.expression("lower(email)")), false, i.method(), null));
        assertEquals(List.of(), serverSpelled(target));
    }

    @Test
    void partialIndexPredicateIsNoChange() {
        Table target = withIndex("ix_orders_active", i -> new Index(i.name(), i.keys(), false, i.method(),
                "active and amount between 1 and 5"));
        assertEquals(List.of(), stringRules(target), "the string rules (the no-TEMP fallback) agree");
        assertEquals(List.of(), serverSpelled(target));
    }

    @Test
    void changedPredicateIsAChange() {
        Table target = withIndex("ix_orders_active", i -> new Index(i.name(), i.keys(), false, i.method(),
                "active AND amount BETWEEN 1 AND 6"));
        assertEquals(2, serverSpelled(target).size());
    }

    @Test
    void bareLiteralDefaultIsNoChange() {
        Table target = orders.withColumns(orders.columns().stream()
                .map(c -> c.name().equals("status") ? c.withDefault("'pending'") : c).toList());
        assertEquals(List.of(), serverSpelled(target));
    }

    @Test
    void anExpressionTheServerRefusesFallsBackWithoutSpoilingTheOthers() {
        Table target = withCheck("ck_weighted", "a + b * c > 0");
        List<CheckConstraint> checks = new java.util.ArrayList<>(target.checks());
        checks.add(new CheckConstraint("ck_unknown", "no_such_function(a) > 0"));
        List<Operation> ops = serverSpelled(target.withChecks(checks));
        assertEquals(3, ops.size(), "replace ck_weighted, add ck_unknown: " + ops);
    }

    @Test
    void theServerSpellsEveryCappModelTextThatDiffersFromTheDatabase() throws Exception {
        TestDatabase capp = db.createDatabase();
        SqlScript.run(capp, SharedFiles.capp("capp_head.sql"));
        Schema database = new DatabaseInspector(capp.dataSource()).inspect(InspectOptions.publicSchema());
        CanonicalizationScript script = CanonicalizationScript.of(database, new HibernateModelReader().read(TestProject.CAPP_MODEL));
        try (Connection c = capp.connect(); Statement s = c.createStatement()) {
            ServerSpellings spellings = script.run(s);
            assertTrue(script.questions() >= 10, "'pending', '0', amount > 0...: " + script.questions());
            assertEquals(script.questions(), spellings.size(), "none left to the string rules");
        }
        assertEquals(11, new DatabaseInspector(capp.dataSource()).inspect(InspectOptions.publicSchema()).tables().size(),
                "the scratch tables were rolled back");
    }

    @Test
    void aDatabaseComparedWithItselfAsksNothing() {
        assertTrue(CanonicalizationScript.of(current(), current()).isEmpty());
    }

    private Table withCheck(String name, String expression) {
        return orders.withChecks(orders.checks().stream()
                .map(c -> c.name().equals(name) ? new CheckConstraint(name, expression) : c).toList());
    }

    private Table withIndex(String name, UnaryOperator<Index> change) {
        return orders.withIndexes(orders.indexes().stream().map(i -> i.name().equals(name) ? change.apply(i) : i)
                .toList());
    }

    private List<Operation> serverSpelled(Table target) {
        Schema schema = Schema.ofTables(List.of(target));
        ExpressionEquivalence equivalence = new ServerCanonicalizer(db.dataSource(), warning -> {
            throw new AssertionError("a superuser needs no fallback: " + warning);
        }).equivalenceFor(current(), schema);
        return new SchemaComparator(equivalence).compare(current(), schema, CompareOptions.ALL);
    }

    private List<Operation> stringRules(Table target) {
        return new SchemaComparator().compare(current(), Schema.ofTables(List.of(target)), CompareOptions.ALL);
    }

    private Schema current() {
        return new DatabaseInspector(db.dataSource()).inspect(InspectOptions.publicSchema());
    }
}
