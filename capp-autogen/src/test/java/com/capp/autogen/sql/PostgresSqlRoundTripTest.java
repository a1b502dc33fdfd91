package com.capp.autogen.sql;

import com.capp.autogen.ops.*; // every operation kind is exercised here
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.EnumType;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.ForeignKeyAction;
import com.capp.autogen.schema.Identity;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.Table;
import com.capp.autogen.schema.UniqueConstraint;
import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every reversible operation, rendered to SQL, applied to a real database and then reversed:
 * the change must show in the catalog, and the reverse must restore it exactly.
 */
@ExtendWith(PostgresExtension.class)
class PostgresSqlRoundTripTest {

    private static final QualifiedName PEOPLE = QualifiedName.parse("people");
    private static final QualifiedName ACCOUNTS = QualifiedName.parse("accounts");
    private static final String SCHEMAS = "public,audit";

    @BeforeAll
    static void baseSchema(TestDatabase db) throws SQLException {
        run(db, List.of(
                "CREATE TABLE people (id uuid PRIMARY KEY, email varchar(255) NOT NULL, age integer DEFAULT 0)",
                "CREATE TABLE accounts (id bigint NOT NULL, owner_id uuid, balance numeric(15,2) NOT NULL)"));
    }

    static List<Operation> operations() {
        Column note = Column.of("note", "text").withComment("free text");
        Table ledger = new Table(QualifiedName.parse("ledger"),
                List.of(Column.of("id", "bigint").withNullable(false).withIdentity(Identity.ALWAYS),
                        Column.of("person_id", "uuid").withNullable(false),
                        Column.of("amount", "numeric(15,2)").withNullable(false).withDefault("0")),
                new PrimaryKey("ledger_pkey", List.of("id")),
                List.of(new UniqueConstraint("uq_ledger_person_amount", List.of("person_id", "amount"))),
                List.of(Index.on("ix_ledger_person", "person_id")),
                List.of(ForeignKey.simple("fk_ledger_person", List.of("person_id"), PEOPLE, List.of("id"))),
                List.of(new CheckConstraint("ck_ledger_amount", "amount > (0)::numeric")), "money moves");
        Column age = Column.of("age", "integer").withDefault("0");
        return List.of(
                new CreateSchema("audit"),
                new CreateTable(ledger),
                new AddColumn(PEOPLE, note),
                new AlterColumn(PEOPLE, age, age.withType("bigint").withNullable(false).withDefault("18")
                        .withComment("years"), null),
                new AlterColumn(ACCOUNTS, Column.of("id", "bigint").withNullable(false),
                        Column.of("id", "bigint").withNullable(false).withIdentity(Identity.BY_DEFAULT), null),
                new RenameColumn(PEOPLE, "email", "Email Address"),
                new RenameTable(ACCOUNTS, "wallets"),
                new AddPrimaryKey(ACCOUNTS, new PrimaryKey(null, List.of("id"))),
                new AddUniqueConstraint(PEOPLE, new UniqueConstraint("people_email_key", List.of("email"))),
                new CreateIndex(PEOPLE, new Index("ix_people_email_lower",
                        List.of(IndexKey.expression("lower((email)::text)"), IndexKey.columnDesc("age")),
                        true, "btree", "age > 17"), false),
                new CreateIndex(PEOPLE, new Index("ix_people_email_hash", List.of(IndexKey.column("email")),
                        false, "hash", null), true),
                new AddForeignKey(ACCOUNTS, new ForeignKey("accounts_owner_id_fkey", List.of("owner_id"), PEOPLE,
                        List.of("id"), ForeignKeyAction.SET_NULL, ForeignKeyAction.CASCADE, true, false)),
                new AddCheckConstraint(ACCOUNTS, new CheckConstraint("ck_balance", "balance >= (0)::numeric")),
                new SetTableComment(PEOPLE, null, "people's accounts"),
                new CreateSequence(Sequence.of(QualifiedName.parse("invoice_no"), 1000, 10)),
                new CreateEnum(new EnumType(QualifiedName.parse("mood"), List.of("ok", "it's fine"))));
    }

    @ParameterizedTest
    @MethodSource("operations")
    void appliesThenReversesToTheOriginalCatalog(Operation op, TestDatabase db) throws SQLException {
        String before = CatalogSnapshot.of(db, SCHEMAS, CatalogSnapshot.DEFAULT_EXCLUDE_RE);
        run(db, PostgresSql.statements(op));
        assertNotEquals(before, CatalogSnapshot.of(db, SCHEMAS, CatalogSnapshot.DEFAULT_EXCLUDE_RE),
                "the operation changed nothing: " + op);
        run(db, PostgresSql.statements(op.reverse()));
        assertEquals(before, CatalogSnapshot.of(db, SCHEMAS, CatalogSnapshot.DEFAULT_EXCLUDE_RE));
    }

    private static void run(TestDatabase db, List<String> statements) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
