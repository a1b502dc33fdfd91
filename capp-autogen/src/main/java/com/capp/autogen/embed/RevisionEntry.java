package com.capp.autogen.embed;

import com.capp.autogen.revision.RevisionInfo;

import java.util.List;

/**
 * One revision as the API shows it.
 *
 * @param id      the revision id ({@code 0001}, {@code ae1027a6acf})
 * @param revises its parent revisions (empty for a base, two or more for a merge)
 * @param message the {@code -m} message it was created with
 */
public record RevisionEntry(String id, List<String> revises, String message) {

    public RevisionEntry {
        revises = List.copyOf(revises);
    }

    static RevisionEntry of(RevisionInfo info) {
        return new RevisionEntry(info.id(), info.revises(), info.message());
    }

    static List<RevisionEntry> of(List<RevisionInfo> infos) {
        return infos.stream().map(RevisionEntry::of).toList();
    }
}
