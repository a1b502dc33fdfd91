package com.capp.autogen.runtime;

import com.capp.autogen.ops.Operation;
import com.capp.autogen.sql.PostgresSql;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.capp.autogen.api.ColumnChange.change;
import static com.capp.autogen.api.Ddl.index;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Op calls that only name things still produce exactly the SQL asked for. */
class RecordingOpTest {

    private final List<Operation> recorded = new ArrayList<>();
    private final RecordingOp op = new RecordingOp(recorded::add);

    @Test
    void alterColumnEmitsOnlyTheRequestedClauses() {
        op.alterColumn("users", "age", change().type("bigint").using("age::bigint").nullable(false));
        op.alterColumn("users", "role", change().serverDefault("'member'"));
        op.alterColumn("users", "role", change().dropServerDefault().dropComment());
        assertEquals(List.of(
                "ALTER TABLE public.users ALTER COLUMN age TYPE bigint USING age::bigint",
                "ALTER TABLE public.users ALTER COLUMN age SET NOT NULL",
                "ALTER TABLE public.users ALTER COLUMN role SET DEFAULT 'member'",
                "ALTER TABLE public.users ALTER COLUMN role DROP DEFAULT",
                "COMMENT ON COLUMN public.users.role IS NULL"), PostgresSql.statements(recorded));
    }

    @Test
    void dropsByNameAndQuotedIdentifiers() {
        op.dropConstraint("fk_order_user", "audit.Order");
        op.dropIndex("ix_user", "user", true);
        op.createIndex("user", index("ix_user_email").expression("lower(email)").unique().concurrently());
        op.dropColumn("user", "select");
        assertEquals(List.of(
                "ALTER TABLE audit.\"Order\" DROP CONSTRAINT fk_order_user",
                "DROP INDEX CONCURRENTLY public.ix_user",
                "CREATE UNIQUE INDEX CONCURRENTLY ix_user_email ON public.\"user\" ((lower(email)))",
                "ALTER TABLE public.\"user\" DROP COLUMN \"select\""), PostgresSql.statements(recorded));
    }
}
