package com.capp.autogen.embed;

import java.util.List;

/**
 * What an upgrade or downgrade did.
 *
 * @param headsBefore the database's revisions before the run (empty: at base)
 * @param headsAfter  its revisions after it
 * @param ran         the revisions run, in order (empty when it was already there)
 */
public record MigrationResult(List<String> headsBefore, List<String> headsAfter, List<RevisionEntry> ran) {

    public MigrationResult {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        ran = List.copyOf(ran);
    }
}
