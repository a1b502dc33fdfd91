package com.capp.autogen.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a migration statement was seen waiting for: the lock mode and object (a table, or a
 * lock type such as {@code transactionid}), and the backends holding it up.
 */
record LockWait(String mode, String object, List<Blocker> blockers) {

    /** One backend in the way, as {@code pg_stat_activity} shows it (query text with its literals masked). */
    record Blocker(int pid, String application, String state, long transactionSeconds, String queryStart,
                   String query) {

        String describe() {
            return "pid " + pid + " (application '" + application + "', " + state + ", transaction open "
                    + transactionSeconds + " s, query started " + queryStart + ": " + query + ")";
        }
    }

    String describeBlockers() {
        if (blockers.isEmpty()) {
            return "a backend that had already let go when looked at";
        }
        return blockers.stream().map(Blocker::describe).collect(Collectors.joining("; "));
    }

    /** {@code AccessExclusiveLock} → {@code ACCESS EXCLUSIVE}. */
    static String modeName(String pgLocksMode) {
        return pgLocksMode.replaceAll("Lock$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(java.util.Locale.ROOT);
    }

    /** The query text without the values in it: string and number literals become {@code ?}; at most 80 characters. */
    static String maskedQuery(String query) {
        if (query == null) {
            return "";
        }
        String masked = query.replaceAll("'(?:[^']|'')*'", "?")
                .replaceAll("\\$([A-Za-z_]\\w*)?\\$[\\s\\S]*?\\$\\1\\$", "?")
                .replaceAll("\\b\\d+(?:\\.\\d+)?\\b", "?")
                .replaceAll("\\s+", " ").trim();
        return masked.length() <= 80 ? masked : masked.substring(0, 77) + "...";
    }
}
