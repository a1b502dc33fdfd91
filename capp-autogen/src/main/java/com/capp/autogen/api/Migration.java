package com.capp.autogen.api;

import java.time.Duration;
import java.util.Optional;

/**
 * A revision: the Java counterpart of an Alembic migration script. Subclasses are annotated with
 * {@link Revision} (identity lives in the annotation, not the class name) and describe their
 * changes through {@link Op}.
 */
public abstract class Migration {

    /** Brings the schema from the revisions this one revises to this revision. */
    public abstract void upgrade(Op op);

    /** The exact reverse of {@link #upgrade(Op)}. */
    public abstract void downgrade(Op op);

    /**
     * Whether this migration runs inside a transaction (the default). Return false for statements
     * PostgreSQL refuses in one, such as {@code CREATE INDEX CONCURRENTLY}.
     */
    public boolean transactional() {
        return true;
    }

    /**
     * The {@code lock_timeout} of this migration's statements; empty means the project's
     * {@code ddl.lock.timeout}. {@link Duration#ZERO} waits for locks without limit.
     */
    public Optional<Duration> lockTimeout() {
        return Optional.empty();
    }

    /**
     * The {@code statement_timeout} of this migration's statements; empty means the project's
     * {@code ddl.statement.timeout} (none by default). A long backfill may need a larger one.
     */
    public Optional<Duration> statementTimeout() {
        return Optional.empty();
    }
}
