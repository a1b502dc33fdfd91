package com.capp.autogen.compare;

import com.capp.autogen.ops.AddCheckConstraint;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Identifiers63;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Unnamed constraints get the name PostgreSQL would choose, past the names the database already holds. */
class DefaultNamesTest {

    private static final QualifiedName PAYMENTS = QualifiedName.parse("payments");

    @Test
    void aCheckOnOneColumnIsNamedAfterItAndNumberedPastExistingNames() {
        Table current = table(List.of(new CheckConstraint("payments_check", "a > b"),
                new CheckConstraint("payments_status_check", "status <> 'x'")));
        Table target = table(List.of(new CheckConstraint("payments_check", "a > b"),
                new CheckConstraint("payments_status_check", "status <> 'x'"),
                new CheckConstraint(null, "status in ('NEW', 'PAID')"), new CheckConstraint(null, "a < b + 'status'::text"),
                new CheckConstraint(null, "\"Channel\" is not null")));
        List<String> names = new SchemaComparator().compare(schema(current), schema(target), CompareOptions.ALL).stream()
                .map(op -> ((AddCheckConstraint) op).check().name()).toList();
        assertEquals(List.of("payments_status_check1", "payments_check1", "payments_Channel_check"), names);
    }

    @Test
    void longNamesAreCutAsPostgresCutsThem() {
        String table = "t".repeat(40);
        String columns = "c".repeat(40);
        String name = Identifiers63.objectName(table, columns, "key");
        assertEquals(63, Identifiers63.bytes(name));
        assertEquals("t".repeat(29) + "_" + "c".repeat(29) + "_key", name);
    }

    private static Table table(List<CheckConstraint> checks) {
        return Table.of(PAYMENTS, List.of(Column.of("id", "bigint"), Column.of("a", "integer"), Column.of("b", "integer"),
                Column.of("status", "text"), Column.of("Channel", "text")), new PrimaryKey("payments_pkey", List.of("id")))
                .withChecks(checks);
    }

    private static Schema schema(Table table) {
        return new Schema(List.of(), List.of(table), List.of(), List.of());
    }
}
