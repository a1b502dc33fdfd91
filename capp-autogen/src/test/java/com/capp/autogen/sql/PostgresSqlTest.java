package com.capp.autogen.sql;

import com.capp.autogen.ops.AddColumn;
import com.capp.autogen.ops.AlterColumn;
import com.capp.autogen.ops.CreateIndex;
import com.capp.autogen.ops.CreateTable;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.ForeignKeyAction;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Table;
import com.capp.autogen.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PostgresSqlTest {

    private static final QualifiedName ORDERS = QualifiedName.parse("sales.Order");

    @Test
    void createTableWritesKeysChecksInlineThenIndexesAndComments() {
        Table table = new Table(ORDERS,
                List.of(Column.of("id", "uuid").withNullable(false),
                        Column.of("user", "uuid").withComment("who ordered"),
                        Column.of("status", "character varying(50)").withNullable(false).withDefault("'new'::character varying")),
                new PrimaryKey("order_pkey", List.of("id")),
                List.of(new UniqueConstraint(null, List.of("user", "status"))),
                List.of(new Index("ix_status", List.of(IndexKey.columnDesc("status"), IndexKey.expression("lower((status)::text)")),
                        false, "btree", "status <> 'done'")),
                List.of(new ForeignKey("order_user_fkey", List.of("user"), QualifiedName.parse("users"), List.of("id"),
                        ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION, true, true)),
                List.of(new CheckConstraint("ck_status", "status <> ''")), "orders, quoted");

        assertEquals(List.of("""
                        CREATE TABLE sales."Order" (
                            id uuid NOT NULL,
                            "user" uuid,
                            status character varying(50) DEFAULT 'new'::character varying NOT NULL,
                            CONSTRAINT order_pkey PRIMARY KEY (id),
                            UNIQUE ("user", status),
                            CONSTRAINT ck_status CHECK (status <> ''),
                            CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES public.users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
                        )""",
                "CREATE INDEX ix_status ON sales.\"Order\" (status DESC, (lower((status)::text))) WHERE status <> 'done'",
                "COMMENT ON TABLE sales.\"Order\" IS 'orders, quoted'",
                "COMMENT ON COLUMN sales.\"Order\".\"user\" IS 'who ordered'"),
                PostgresSql.statements(new CreateTable(table)));
    }

    @Test
    void typeChangeDropsAndRestoresTheDefaultAroundIt() {
        Column before = Column.of("amount", "integer").withDefault("0").withNullable(false);
        Column after = before.withType("numeric(15,2)").withDefault("'0'::numeric").withNullable(true);
        assertEquals(List.of(
                        "ALTER TABLE public.payments ALTER COLUMN amount DROP DEFAULT",
                        "ALTER TABLE public.payments ALTER COLUMN amount TYPE numeric(15,2) USING amount::numeric",
                        "ALTER TABLE public.payments ALTER COLUMN amount SET DEFAULT '0'::numeric",
                        "ALTER TABLE public.payments ALTER COLUMN amount DROP NOT NULL"),
                PostgresSql.statements(new AlterColumn(QualifiedName.parse("payments"), before, after, "amount::numeric")));
    }

    @Test
    void concurrentIndexesAndMethodsAreSpelledOut() {
        Index gin = new Index("ix_tags", List.of(IndexKey.column("tags")), true, "gin", null);
        assertEquals(List.of("CREATE UNIQUE INDEX CONCURRENTLY ix_tags ON public.posts USING gin (tags)"),
                PostgresSql.statements(new CreateIndex(QualifiedName.parse("posts"), gin, true)));
        assertEquals(List.of("ALTER TABLE public.posts ADD COLUMN \"select\" text DEFAULT '' NOT NULL"),
                PostgresSql.statements(new AddColumn(QualifiedName.parse("posts"),
                        Column.of("select", "text").withNullable(false).withDefault("''"))));
    }
}
