package com.capp.autogen.runtime;

import com.capp.autogen.ops.CreateIndex;
import com.capp.autogen.ops.DropIndex;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.sql.PostgresSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * {@code CREATE INDEX CONCURRENTLY} with the care PostgreSQL leaves to the caller: a build that
 * fails (duplicate values, a deadlock, an interruption) leaves an INVALID index behind that still
 * slows every write and blocks a retry under the same name. Such a leftover is dropped before the
 * build and after a failure; when resuming an interrupted run, an index already built is kept.
 */
final class ConcurrentIndexBuild {

    private enum State { ABSENT, VALID, INVALID }

    private final Connection connection;
    private final StatementSink sink;
    private final Consumer<String> info;

    ConcurrentIndexBuild(Connection connection, StatementSink sink, Consumer<String> info) {
        this.connection = connection;
        this.sink = sink;
        this.info = info;
    }

    void create(CreateIndex op, boolean resuming) {
        State state = state(op.table(), op.index().name());
        if (state == State.VALID && resuming) {
            info.accept("Index " + op.index().name() + " was built before the interruption; kept");
            return;
        }
        if (state == State.INVALID) {
            info.accept("Dropping INVALID index " + op.index().name() + " left by an earlier failed build");
            dropConcurrently(op);
        }
        try {
            PostgresSql.statements(op).forEach(sink::run);
        } catch (StatementFailedException e) {
            boolean dropped = state(op.table(), op.index().name()) == State.INVALID;
            if (dropped) {
                dropConcurrently(op);
            }
            throw new ConcurrentIndexFailedException(op, e, dropped);
        }
    }

    /** A drop of an index already gone is done (an interrupted run got that far). */
    void drop(DropIndex op, boolean resuming) {
        if (resuming && state(op.table(), op.index().name()) == State.ABSENT) {
            return;
        }
        PostgresSql.statements(op).forEach(sink::run);
    }

    private void dropConcurrently(CreateIndex op) {
        Index index = new Index(op.index().name(), op.index().keys(), op.index().unique(), op.index().method(),
                op.index().where());
        PostgresSql.statements(new DropIndex(op.table(), index, true)).forEach(sink::run);
    }

    private State state(QualifiedName table, String index) {
        String sql = "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, table.schema());
            query.setString(2, index);
            try (ResultSet row = query.executeQuery()) {
                return !row.next() ? State.ABSENT : row.getBoolean(1) ? State.VALID : State.INVALID;
            }
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e);
        }
    }
}
