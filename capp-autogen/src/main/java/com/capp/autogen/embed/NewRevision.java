package com.capp.autogen.embed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CappAutogen#revision(NewRevision)} is asked to write: Alembic's {@code revision -m MESSAGE}
 * and its options. Start with {@link #message(String)}; everything else is optional.
 * <pre>{@code
 * autogen.revision(NewRevision.message("add widget colour").autogenerate());
 * }</pre>
 */
public final class NewRevision {

    final String message;
    boolean autogenerate;
    boolean split;
    boolean allowEmpty;
    boolean dryRun;
    boolean againstMigrations;
    String revId;
    String head = "head";
    boolean splice;
    final List<String> dependsOn = new ArrayList<>();
    final List<String> branchLabels = new ArrayList<>();
    Path versionPath;

    private NewRevision(String message) {
        this.message = Objects.requireNonNull(message, "message");
    }

    /** A revision with this message (Alembic's {@code -m}); empty {@code upgrade()} / {@code downgrade()} to fill in by hand. */
    public static NewRevision message(String message) {
        return new NewRevision(message);
    }

    /** Fills {@code upgrade()} and {@code downgrade()} with the changes the entities need; nothing is written when there are none. */
    public NewRevision autogenerate() {
        this.autogenerate = true;
        return this;
    }

    /** With {@link #autogenerate()}: two revisions, expand then contract, for a deploy in between. */
    public NewRevision split() {
        this.split = true;
        return this;
    }

    /** With {@link #autogenerate()}: write a revision even when nothing changed. */
    public NewRevision allowEmpty() {
        this.allowEmpty = true;
        return this;
    }

    /** With {@link #autogenerate()}: return the Java source and SQL without writing a file. */
    public NewRevision dryRun() {
        this.dryRun = true;
        return this;
    }

    /** With {@link #autogenerate()}: compare with the migrations replayed into an embedded PostgreSQL, even when a database is configured. */
    public NewRevision againstMigrations() {
        this.againstMigrations = true;
        return this;
    }

    /** The new revision's id (default: the next number when all ids are numbers, else 12 hex characters). */
    public NewRevision revId(String id) {
        this.revId = Objects.requireNonNull(id);
        return this;
    }

    /** The revision to build on: {@code head} (default), {@code base} for a new base, a revision or {@code label@head}. */
    public NewRevision head(String revision) {
        this.head = Objects.requireNonNull(revision);
        return this;
    }

    /** Allows {@link #head(String)} to be a revision that is not a head (starts a branch). */
    public NewRevision splice() {
        this.splice = true;
        return this;
    }

    /** Revisions this one depends on besides its parent. */
    public NewRevision dependsOn(String... revisions) {
        dependsOn.addAll(List.of(revisions));
        return this;
    }

    /** Labels for the branch this revision starts. */
    public NewRevision branchLabels(String... labels) {
        branchLabels.addAll(List.of(labels));
        return this;
    }

    /** The folder to write to: {@code migrations.location} (default) or one of {@code migrations.locations}. */
    public NewRevision versionPath(Path folder) {
        this.versionPath = Objects.requireNonNull(folder);
        return this;
    }
}
