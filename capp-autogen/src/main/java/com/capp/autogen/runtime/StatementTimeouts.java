package com.capp.autogen.runtime;

import com.capp.autogen.api.Migration;
import com.capp.autogen.config.DdlConfig;

import java.time.Duration;
import java.util.List;

/**
 * The {@code lock_timeout} and {@code statement_timeout} one migration's statements run with: the
 * migration's own where it sets them, else the project's. Zero means no limit, as in PostgreSQL.
 */
public record StatementTimeouts(Duration lock, Duration statement) {

    public static StatementTimeouts of(DdlConfig ddl, Migration migration) {
        return new StatementTimeouts(migration.lockTimeout().orElse(ddl.lockTimeout()),
                migration.statementTimeout().orElse(ddl.statementTimeout()));
    }

    public boolean waitsForeverForLocks() {
        return lock.isZero();
    }

    /** {@code SET LOCAL} inside a transaction (undone by its end), plain {@code SET} outside one. */
    List<String> setSql(boolean local) {
        String set = local ? "SET LOCAL " : "SET ";
        return List.of(set + "lock_timeout = '" + lock.toMillis() + "ms'",
                set + "statement_timeout = '" + statement.toMillis() + "ms'");
    }

    static List<String> resetSql() {
        return List.of("RESET lock_timeout", "RESET statement_timeout");
    }

    /** {@code 5 s}, {@code 500 ms}, or {@code none}. */
    public static String describe(Duration duration) {
        if (duration.isZero()) {
            return "none";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
