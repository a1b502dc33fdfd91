package com.capp.autogen.runtime;

import com.capp.autogen.revision.Checksums;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.ResolvedMigration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Refuses to build on applied migrations whose source changed since they ran: the database would
 * no longer be what the files say. Revisions applied by another tool (no audit row) are trusted.
 */
final class ChecksumVerifier {

    private ChecksumVerifier() {
    }

    static void verify(Migrations migrations, Collection<String> applied, Map<String, String> recorded) {
        List<String> changed = new ArrayList<>();
        for (String id : applied) {
            String then = recorded.get(id);
            ResolvedMigration now = migrations.get(id);
            if (then != null && Checksums.comparable(then, now.checksum()) && !then.equals(now.checksum())) {
                changed.add(id + " (" + now.location() + "): applied with " + shorten(then) + ", now "
                        + shorten(now.checksum()));
            }
        }
        if (!changed.isEmpty()) {
            throw new RuntimeFailure("Checksum mismatch: applied migration(s) changed since they ran:\n  "
                    + String.join("\n  ", changed),
                    "Restore the applied file(s) and put the change in a new revision (`capp-autogen revision -m ...`);"
                            + " if the edit is deliberate and harmless, rerun with --ignore-checksums.");
        }
    }

    private static String shorten(String checksum) {
        return checksum.length() > 16 ? checksum.substring(0, 16) + "..." : checksum;
    }
}
