package com.capp.autogen.runtime;

import com.capp.autogen.revision.MigrationStep;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * After a migration failed: what it left behind, read from the database rather than guessed.
 * Indexes a failed {@code CREATE INDEX CONCURRENTLY} left INVALID, and the statements of a
 * non-transactional migration that ran before it stopped — recorded as a {@code partial} audit
 * row, so that a rerun tripping on them ("already exists") can say what the earlier run did.
 */
final class FailureDiagnosis {

    /** What the failure left; {@code connectionLost} means nothing could be read. */
    record State(boolean connectionLost, List<String> ranBeforeFailure, List<String> invalidIndexes,
                 String earlierPartialRun) {
    }

    static final String PARTIAL = "partial";
    private static final String INVALID_INDEXES = "SELECT format('%I.%I on %s', n.nspname, c.relname, i.indrelid::regclass)"
            + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE NOT i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1";

    private final Connection connection;
    private final AuditTable auditTable;

    FailureDiagnosis(Connection connection, AuditTable auditTable) {
        this.connection = connection;
        this.auditTable = auditTable;
    }

    /** @param ranBeforeFailure statements that committed (non-transactional migrations only) */
    State diagnose(MigrationStep step, String checksum, List<String> ranBeforeFailure, Exception failure) {
        if (ConnectionLoss.causedBy(failure) || !usable()) {
            return new State(true, ranBeforeFailure, List.of(), null);
        }
        try {
            connection.setAutoCommit(true);
            String earlier = earlierPartialRun(step);
            if (!ranBeforeFailure.isEmpty()) {
                auditTable.insertSql(step.revision().id(), PARTIAL, checksum, step.direction().word()
                        + " stopped after: " + String.join("; ", ranBeforeFailure), null)
                        .forEach(new JdbcStatementSink(connection)::run);
            }
            return new State(false, ranBeforeFailure, strings(INVALID_INDEXES), earlier);
        } catch (SQLException | RuntimeException unreadable) {
            return new State(false, ranBeforeFailure, List.of(), null);
        }
    }

    private String earlierPartialRun(MigrationStep step) throws SQLException {
        if (!auditTable.enabled() || !VersionTable.existsNamed(connection, auditTable.sqlName())) {
            return null;
        }
        String sql = "SELECT direction, message FROM " + auditTable.sqlName() + " WHERE revision = ? ORDER BY id DESC LIMIT 1";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, step.revision().id());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && PARTIAL.equals(rows.getString(1)) ? rows.getString(2) : null;
            }
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private boolean usable() {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
