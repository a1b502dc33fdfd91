package com.capp.autogen.lint;

import com.capp.autogen.runtime.RecordingOp.Allowance;

import java.util.List;

/**
 * One statement a migration would run, as lint sees it. {@code inTransaction} is per statement
 * (today it is the migration's {@code transactional()}; a block of a migration run outside the
 * transaction only has to record its statements with false).
 *
 * @param sql  the SQL as the migration gives it (for the report)
 * @param text the same statement normalized by {@link SqlText}
 */
record LintedStatement(String revision, int number, String sql, String text, boolean inTransaction,
                       List<Allowance> allowances) {
}
