package com.capp.autogen.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Re-baselines checksums after a deliberate edit of applied migrations: one audit row per changed
 * revision (direction {@code repair}, the new checksum, who and when), all in one transaction.
 * Later runs compare against that row, so the edit is accepted once and recorded, not ignored forever.
 */
final class ChecksumRepair {

    private final Connection connection;
    private final AuditTable auditTable;

    ChecksumRepair(Connection connection, AuditTable auditTable) {
        this.connection = connection;
        this.auditTable = auditTable;
    }

    /** @return one line per repaired revision */
    List<String> repair(List<ChecksumVerifier.Mismatch> mismatches) throws SQLException {
        String who = System.getProperty("user.name");
        Transaction.run(connection, mismatches.stream()
                .flatMap(m -> auditTable.insertSql(m.id(), AuditTable.REPAIR, m.now(),
                        "checksum re-baselined by " + who + ", was " + m.recorded(), null).stream())
                .toList());
        return mismatches.stream().map(ChecksumVerifier.Mismatch::describe).toList();
    }
}
