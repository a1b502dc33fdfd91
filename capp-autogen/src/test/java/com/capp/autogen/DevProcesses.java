package com.capp.autogen;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Counts the embedded server's processes by the cache folder on their command line. */
public final class DevProcesses {

    private DevProcesses() {
    }

    /** Waits up to {@code seconds} for the servers under {@code cache} to exit; returns how many are left. */
    public static long awaitNoPostgresUnder(Path cache, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (postgresUnder(cache) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return postgresUnder(cache);
    }

    public static long postgresUnder(Path cache) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(cmd -> cmd.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().commandLine().map(cmd -> cmd.contains(cache.toString())).orElse(false))
                .count();
    }
}
