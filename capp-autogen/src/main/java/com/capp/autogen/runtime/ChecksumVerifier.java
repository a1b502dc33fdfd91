package com.capp.autogen.runtime;

import com.capp.autogen.revision.Checksums;
import com.capp.autogen.revision.Migrations;
import com.capp.autogen.revision.ResolvedMigration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Refuses to build on (or step back through) applied migrations whose source changed since they
 * ran: the database would no longer be what the files say. Revisions applied by another tool (no
 * audit row) are trusted.
 */
final class ChecksumVerifier {

    /** An applied revision whose file no longer has the checksum recorded when it ran. */
    record Mismatch(String id, String location, String recorded, String now) {
        String describe() {
            return id + " (" + location + "): applied with " + shorten(recorded) + ", now " + shorten(now);
        }
    }

    private ChecksumVerifier() {
    }

    static List<Mismatch> mismatches(Migrations migrations, Collection<String> applied, Map<String, String> recorded) {
        List<Mismatch> changed = new ArrayList<>();
        for (String id : applied) {
            String then = recorded.get(id);
            ResolvedMigration now = migrations.get(id);
            if (then != null && Checksums.comparable(then, now.checksum()) && !then.equals(now.checksum())) {
                changed.add(new Mismatch(id, now.location(), then, now.checksum()));
            }
        }
        return changed;
    }

    /**
     * Applied revisions whose checksums cannot be compared: recorded from the source, now loaded
     * from a class with no .java beside it (or the other way round), e.g. an application jar
     * built without its migration sources.
     */
    static List<String> unverifiable(Migrations migrations, Collection<String> applied, Map<String, String> recorded) {
        return applied.stream().filter(id -> recorded.get(id) != null
                && !Checksums.comparable(recorded.get(id), migrations.get(id).checksum())).sorted().toList();
    }

    static void verify(Migrations migrations, Collection<String> applied, Map<String, String> recorded) {
        List<Mismatch> changed = mismatches(migrations, applied, recorded);
        if (!changed.isEmpty()) {
            throw new RuntimeFailure("Checksum mismatch: applied migration(s) changed since they ran:\n  "
                    + String.join("\n  ", changed.stream().map(Mismatch::describe).toList()),
                    "Restore the applied file(s) and put the change in a new revision (`capp-autogen revision -m ...`);"
                            + " if the edit is deliberate and harmless, record the new checksums with"
                            + " `capp-autogen repair` (or rerun once with --ignore-checksums).");
        }
    }

    static String shorten(String checksum) {
        return checksum.length() > 16 ? checksum.substring(0, 16) + "..." : checksum;
    }
}
