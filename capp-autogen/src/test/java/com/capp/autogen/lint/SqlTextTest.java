package com.capp.autogen.lint;

import com.capp.autogen.runtime.RecordingOp.Allowance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlTextTest {

    @Test
    void splitsStatementsAndDropsCommentsButKeepsLiteralsWhole() {
        SqlText.Parsed parsed = SqlText.parse("""
                UPDATE "Users" SET note = 'a; DROP TABLE x' -- trailing
                WHERE id = 1;
                /* block */ VACUUM   FULL users;
                CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$""");
        assertEquals(List.of("update users set note = 'a; drop table x' where id = 1", "vacuum full users",
                "create function f() returns int language sql as '?'"), parsed.statements());
        assertEquals(List.of(), parsed.allowances());
    }

    @Test
    void lintAllowCommentsBecomeAllowancesWithTheirReason() {
        SqlText.Parsed parsed = SqlText.parse("-- lint:allow ban-lock-table: swap needs the table frozen\n"
                + "/* lint:allow dropping-table the old copy */ LOCK TABLE jobs");
        assertEquals(List.of(new Allowance("ban-lock-table", "swap needs the table frozen"),
                new Allowance("dropping-table", "the old copy")), parsed.allowances());
        assertEquals(List.of("lock table jobs"), parsed.statements());
    }

    @Test
    void thePublicSchemaIsTheDefault() {
        assertEquals("users", SqlText.table("public.users"));
        assertEquals("audit.events", SqlText.table("audit.events"));
    }
}
