package com.capp.autogen;

import java.nio.file.Path;

/** Counts the embedded server's processes by the cache folder on their command line. */
public final class DevProcesses {

    private DevProcesses() {
    }

    public static long postgresUnder(Path cache) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(cmd -> cmd.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().commandLine().map(cmd -> cmd.contains(cache.toString())).orElse(false))
                .count();
    }
}
