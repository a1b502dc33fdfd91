package com.capp.autogen.runtime;

import com.capp.autogen.config.DdlConfig;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the runner keeps its books: the version table (Alembic's layout, {@code alembic_version} by
 * default), the audit table (empty: none), how long to wait for another run's lock (the advisory
 * lock), how migration statements wait for table locks ({@link DdlConfig}), whether each migration
 * commits on its own, and the {@code -x} arguments migrations may read.
 */
public record RuntimeSettings(String versionTable, String auditTable, Duration lockTimeout, DdlConfig ddl,
                              boolean transactionPerMigration, Map<String, String> xArguments) {

    public static final String DEFAULT_VERSION_TABLE = "alembic_version";
    public static final String DEFAULT_AUDIT_TABLE = "capp_autogen_history";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    public RuntimeSettings {
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(auditTable, "auditTable");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(ddl, "ddl");
        xArguments = Map.copyOf(xArguments);
    }

    /** Default statement timeouts, per-migration transactions, no {@code -x} arguments. */
    public RuntimeSettings(String versionTable, String auditTable, Duration lockTimeout) {
        this(versionTable, auditTable, lockTimeout, DdlConfig.DEFAULTS, true, Map.of());
    }

    public static RuntimeSettings defaults() {
        return new RuntimeSettings(DEFAULT_VERSION_TABLE, DEFAULT_AUDIT_TABLE, DEFAULT_LOCK_TIMEOUT);
    }
}
