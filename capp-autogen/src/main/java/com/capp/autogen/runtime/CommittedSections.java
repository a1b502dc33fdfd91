package com.capp.autogen.runtime;

import com.capp.autogen.ops.BulkInsert;
import com.capp.autogen.ops.CreateIndex;
import com.capp.autogen.ops.DropIndex;
import com.capp.autogen.ops.ExecuteSql;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.sql.PostgresSql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a transactional migration whose {@code op.outsideTransaction} blocks split it into sections:
 * the transaction before a block, the block, the transaction after it, and so on. Each section
 * that commits records itself in the audit table, so a run interrupted between sections resumes:
 * sections already committed are skipped, and the one that was cut short runs again (its
 * statements are repeatable). The version table is left to the caller's last transaction.
 * Inside a transaction, the statements of typed operations (DDL: no rows come back) are sent together,
 * in one round trip, when something else must run or the section ends ({@link #flush}); raw SQL
 * ({@code op.execute}, which may return rows) and the statements outside a transaction run one by one.
 */
final class CommittedSections implements TransactionBoundary, Consumer<Operation> {

    private final Connection connection;
    private final StatementSink sink;
    private final Consumer<List<String>> together;
    private final List<String> pending = new ArrayList<>();
    private final ConcurrentIndexBuild indexes;
    private final Runnable recordProgress;
    private final int alreadyDone;
    private int current;
    private int committed;
    private boolean ranStatements;

    /**
     * @param together       runs statements in one round trip (null: every statement alone)
     * @param recordProgress writes "sections done so far" ({@link #done()}) in the current transaction
     */
    CommittedSections(Connection connection, StatementSink sink, Consumer<List<String>> together, int alreadyDone,
                      Consumer<String> info, Consumer<Integer> recordProgress) {
        this.connection = connection;
        this.sink = sink;
        this.together = together;
        this.indexes = new ConcurrentIndexBuild(connection, sink, info);
        this.alreadyDone = alreadyDone;
        this.committed = alreadyDone;
        this.recordProgress = () -> recordProgress.accept(current + 1);
    }

    /** Sections committed with statements in them, by this run or an interrupted one before it. */
    int done() {
        return committed;
    }

    /** Whether a block has committed the transaction (its savepoint, if any, is gone). */
    boolean crossedBoundary() {
        return current > 0;
    }

    @Override
    public void accept(Operation op) {
        if (current < alreadyDone) {
            return; // committed by the interrupted run
        }
        boolean resuming = alreadyDone > 0 && current == alreadyDone;
        ranStatements = true;
        if (goesTogether(op)) {
            pending.addAll(PostgresSql.statements(op));
            return;
        }
        flush();
        if (op instanceof CreateIndex create && create.concurrently()) {
            indexes.create(create, resuming);
        } else if (op instanceof DropIndex drop && drop.concurrently()) {
            indexes.drop(drop, resuming);
        } else {
            PostgresSql.statements(op).forEach(sink::run);
        }
    }

    /** DDL of a typed operation inside a transaction (sections alternate: even ones are transactions). */
    private boolean goesTogether(Operation op) {
        boolean concurrently = op instanceof CreateIndex create && create.concurrently()
                || op instanceof DropIndex drop && drop.concurrently();
        return together != null && current % 2 == 0 && !concurrently
                && !(op instanceof ExecuteSql || op instanceof BulkInsert);
    }

    /** Runs the statements collected so far: before anything else runs, and at the end of the migration. */
    void flush() {
        if (!pending.isEmpty()) {
            List<String> statements = List.copyOf(pending);
            pending.clear();
            together.accept(statements);
        }
    }

    @Override
    public void leave() {
        boundary(true);
    }

    @Override
    public void reenter() {
        boundary(false);
    }

    private void boundary(boolean autocommitAfter) {
        flush();
        try {
            if (ranStatements) { // an empty section needs no record: a re-run passes through it as quickly
                recordProgress.run();
                committed = current + 1;
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            ranStatements = false;
            current++;
            connection.setAutoCommit(autocommitAfter);
        } catch (SQLException e) {
            throw new StatementFailedException(autocommitAfter ? "COMMIT" : "BEGIN", e);
        }
    }
}
