package com.capp.autogen.config;

import java.time.Duration;

/**
 * How migrations' statements wait for table locks ({@code ddl.*} keys). A zero duration means
 * "no limit", as PostgreSQL reads {@code lock_timeout = 0}.
 *
 * @param lockTimeout      {@code lock_timeout} of every migration statement ({@code ddl.lock.timeout})
 * @param statementTimeout {@code statement_timeout} of every migration statement ({@code ddl.statement.timeout})
 * @param attempts         how many times a migration is tried when its lock wait times out ({@code ddl.lock.attempts})
 * @param retryDelay       the wait before the first retry, doubled before each later one ({@code ddl.lock.retry.delay})
 */
public record DdlConfig(Duration lockTimeout, Duration statementTimeout, int attempts, Duration retryDelay) {

    public static final DdlConfig DEFAULTS =
            new DdlConfig(Duration.ofSeconds(5), Duration.ZERO, 5, Duration.ofSeconds(1));
}
