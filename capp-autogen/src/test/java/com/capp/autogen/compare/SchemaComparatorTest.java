package com.capp.autogen.compare;

import com.capp.autogen.ops.*;
import com.capp.autogen.plan.Plan;
import com.capp.autogen.plan.Planner;
import com.capp.autogen.schema.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table-driven compare cases, no database: {name, current, target, expected operations}. */
class SchemaComparatorTest {

    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final Column ID = Column.of("id", "uuid").withNullable(false);
    private static final Column EMAIL = Column.of("email", "character varying(255)").withNullable(false);
    private static final Table BASE = Table.of(USERS, List.of(ID, EMAIL), new PrimaryKey("users_pkey", List.of("id")));

    private final SchemaComparator comparator = new SchemaComparator();

    static Stream<Arguments> cases() {
        Column nickname = Column.of("nickname", "text");
        Index byEmail = Index.on("ix_users_email", "email");
        Index lowerEmail = new Index("ix_lower", List.of(IndexKey.expression("lower(email)")), true, "btree", "email IS NOT NULL");
        CheckConstraint check = new CheckConstraint("ck_email", "length(email) > 3");
        return Stream.of(
                Arguments.of("add column", BASE, BASE.withColumns(List.of(ID, EMAIL, nickname)),
                        List.of(new AddColumn(USERS, nickname))),
                Arguments.of("drop column", BASE.withColumns(List.of(ID, EMAIL, nickname)), BASE,
                        List.of(new DropColumn(USERS, nickname))),
                Arguments.of("widen type", BASE, BASE.withColumns(List.of(ID, EMAIL.withType("varchar(300)"))),
                        List.of(new AlterColumn(USERS, EMAIL, EMAIL.withType("varchar(300)"), null))),
                Arguments.of("nullable", BASE, BASE.withColumns(List.of(ID, EMAIL.withNullable(true))),
                        List.of(new AlterColumn(USERS, EMAIL, EMAIL.withNullable(true), null))),
                Arguments.of("add index", BASE, BASE.withIndexes(List.of(byEmail)),
                        List.of(new CreateIndex(USERS, byEmail, false))),
                Arguments.of("expression partial index", BASE, BASE.withIndexes(List.of(lowerEmail)),
                        List.of(new CreateIndex(USERS, lowerEmail, false))),
                Arguments.of("add check", BASE, BASE.withChecks(List.of(check)),
                        List.of(new AddCheckConstraint(USERS, check))),
                Arguments.of("unnamed unique gets PostgreSQL's name", BASE,
                        BASE.withUniqueConstraints(List.of(new UniqueConstraint(null, List.of("email")))),
                        List.of(new AddUniqueConstraint(USERS, new UniqueConstraint("users_email_key", List.of("email"))))),
                Arguments.of("table comment", BASE, BASE.withComment("people"),
                        List.of(new SetTableComment(USERS, null, "people"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void detects(String name, Table current, Table target, List<Operation> expected) {
        assertEquals(expected, comparator.compare(Schema.ofTables(List.of(current)), Schema.ofTables(List.of(target)),
                CompareOptions.ALL));
    }

    @ParameterizedTest(name = "{0} reversed")
    @MethodSource("cases")
    void reverseDirectionUndoes(String name, Table current, Table target, List<Operation> expected) {
        List<Operation> back = comparator.compare(Schema.ofTables(List.of(target)), Schema.ofTables(List.of(current)),
                CompareOptions.ALL);
        assertEquals(expected.size(), back.size(), back.toString());
    }

    @ParameterizedTest(name = "{0}: diff(x, x) is empty")
    @MethodSource("cases")
    void sameSchemaGivesNothing(String name, Table current, Table target, List<Operation> expected) {
        assertEquals(List.of(), comparator.compare(Schema.ofTables(List.of(target)), Schema.ofTables(List.of(target)),
                CompareOptions.ALL));
    }

    @ParameterizedTest(name = "{0}: reverse(reverse(op)) == op")
    @MethodSource("cases")
    void reverseTwiceIsIdentity(String name, Table current, Table target, List<Operation> expected) {
        expected.forEach(op -> assertEquals(op, op.reverse().reverse()));
    }

    @Test
    void postgresSpellingsAreNotChanges() {
        Table db = Table.of(USERS, List.of(ID,
                Column.of("status", "character varying(50)").withDefault("'pending'::character varying"),
                Column.of("amount", "numeric(15,2)").withDefault("'0'::numeric"),
                Column.of("at", "timestamp without time zone").withDefault("now()")), null)
                .withChecks(List.of(new CheckConstraint("ck", "((amount > (0)::numeric))")));
        Table model = Table.of(USERS, List.of(ID, Column.of("status", "varchar(50)").withDefault("'pending'"),
                Column.of("amount", "decimal(15,2)").withDefault("0"),
                Column.of("at", "timestamp(6)").withDefault("CURRENT_TIMESTAMP")), null)
                .withChecks(List.of(new CheckConstraint("ck", "amount > 0")));
        assertEquals(List.of(), comparator.compare(Schema.ofTables(List.of(db)), Schema.ofTables(List.of(model)),
                CompareOptions.ALL));
    }

    @Test
    void uniqueIndexSatisfiesUniqueConstraint() {
        Table db = BASE.withIndexes(List.of(new Index("users_email_key", List.of(IndexKey.column("email")), true, "btree", null)));
        Table model = BASE.withUniqueConstraints(List.of(new UniqueConstraint(null, List.of("email"))));
        assertEquals(List.of(), comparator.compare(Schema.ofTables(List.of(db)), Schema.ofTables(List.of(model)),
                CompareOptions.ALL));
    }

    @Test
    void anEnumTypeTheTargetUsesWithoutDeclaringItIsKept() {
        EnumType mood = new EnumType(QualifiedName.of("mood"), List.of("ok", "sad"));
        Table withMood = BASE.withColumns(List.of(ID, EMAIL, Column.of("mood", "mood")));
        Schema db = new Schema(List.of(), List.of(withMood), List.of(), List.of(mood));
        assertEquals(List.of(), comparator.compare(db, Schema.ofTables(List.of(withMood)), CompareOptions.ALL),
                "entities mapping the enum column as a String with a column definition still need the type");
        assertEquals(List.of(new DropColumn(USERS, Column.of("mood", "mood")), new DropEnum(mood)),
                new Planner().plan(comparator.compare(db, Schema.ofTables(List.of(BASE)), CompareOptions.ALL))
                        .upgradeOperations(),
                "an enum no target column uses is dropped, after the columns that use it");
    }

    @Test
    void excludedTablesAreNotCompared() {
        CompareOptions options = CompareOptions.of(List.of(), List.of("users"));
        assertEquals(List.of(), comparator.compare(Schema.EMPTY, Schema.ofTables(List.of(BASE)), options));
    }

    @Test
    void foreignKeyCycleIsSplitAndDropsAreWarned() {
        QualifiedName a = QualifiedName.of("a");
        QualifiedName b = QualifiedName.of("b");
        Table ta = Table.of(a, List.of(ID, Column.of("b_id", "uuid")), new PrimaryKey(null, List.of("id")))
                .withForeignKeys(List.of(ForeignKey.simple("a_b", List.of("b_id"), b, List.of("id"))));
        Table tb = Table.of(b, List.of(ID, Column.of("a_id", "uuid")), new PrimaryKey(null, List.of("id")))
                .withForeignKeys(List.of(ForeignKey.simple("b_a", List.of("a_id"), a, List.of("id"))));
        Plan plan = new Planner().plan(comparator.compare(Schema.EMPTY, Schema.ofTables(List.of(ta, tb)), CompareOptions.ALL));
        List<Operation> ops = plan.upgradeOperations();
        assertEquals(3, ops.size(), ops.toString());
        assertTrue(ops.get(2) instanceof AddForeignKey, ops.toString());
        Plan drop = new Planner().plan(comparator.compare(Schema.ofTables(List.of(ta, tb)), Schema.EMPTY, CompareOptions.ALL));
        assertTrue(drop.upgradeOperations().get(0) instanceof DropForeignKey, drop.toString());
        assertNotNull(drop.upgrade().get(1).warning());
    }
}
