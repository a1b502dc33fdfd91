package com.capp.autogen.lint;

import com.capp.autogen.api.Migration;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.ops.CreateIndex;
import com.capp.autogen.ops.DropIndex;
import com.capp.autogen.ops.ValidateConstraint;
import com.capp.autogen.runtime.RecordingOp;
import com.capp.autogen.runtime.TransactionBoundary;
import com.capp.autogen.runtime.RecordingOp.Allowance;
import com.capp.autogen.sql.PostgresSql;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements a migration's {@code upgrade()} would run, recorded through {@link RecordingOp}
 * with no database: the same SQL the runner executes, split into single statements.
 */
final class MigrationRecorder {

    private MigrationRecorder() {
    }

    static List<LintedStatement> record(String revision, Migration migration) {
        List<LintedStatement> statements = new ArrayList<>();
        boolean transactional = migration.transactional();
        boolean[] inTransaction = {transactional};
        TransactionBoundary blocks = new TransactionBoundary() {
            @Override
            public void leave() {
                inTransaction[0] = false; // op.outsideTransaction: each statement commits on its own
            }

            @Override
            public void reenter() {
                inTransaction[0] = transactional;
            }
        };
        migration.upgrade(RecordingOp.withAllowances((operation, allowances) ->
                add(revision, operation, inTransaction[0], allowances, statements), blocks));
        return statements;
    }

    /** Operations not yet in a migration (what autogenerate proposes), as one transactional migration. */
    static List<LintedStatement> record(String label, List<Operation> operations) {
        List<LintedStatement> statements = new ArrayList<>();
        operations.forEach(operation -> add(label, operation, !runsOutsideTransaction(operation), List.of(), statements));
        return statements;
    }

    /** The steps autogenerate puts in an op.outsideTransaction block. */
    private static boolean runsOutsideTransaction(Operation operation) {
        return operation instanceof CreateIndex c && c.concurrently() || operation instanceof DropIndex d && d.concurrently()
                || operation instanceof ValidateConstraint;
    }

    private static void add(String revision, Operation operation, boolean inTransaction, List<Allowance> allowances,
                            List<LintedStatement> statements) {
        for (String sql : PostgresSql.statements(operation)) {
            SqlText.Parsed parsed = SqlText.parse(sql);
            List<Allowance> all = new ArrayList<>(allowances);
            all.addAll(parsed.allowances());
            for (String text : parsed.statements()) {
                statements.add(new LintedStatement(revision, statements.size() + 1, sql.strip(), text, inTransaction,
                        List.copyOf(all)));
            }
        }
    }
}
