package com.capp.autogen.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration}: Alembic's revision, down_revision, branch_labels and depends_on. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id, e.g. {@code "0002"} or {@code "ae1027a6acf"}. */
    String id();

    /** The revision(s) this one follows; empty for a base revision, two or more for a merge. */
    String[] revises() default {};

    /** The message given to {@code revision -m}. */
    String message();

    /** Creation date, ISO-8601, as written by {@code revision}. */
    String created() default "";

    /** Revisions that must be applied first without being parents (Alembic's depends_on). */
    String[] dependsOn() default {};

    /** Labels naming the branch this revision starts. */
    String[] branchLabels() default {};
}
