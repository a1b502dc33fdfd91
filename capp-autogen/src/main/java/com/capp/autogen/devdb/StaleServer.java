package com.capp.autogen.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A postgres left running on the cached data directory by a run that died without stopping it
 * (kill -9). Only called under {@link DataDirLock}, so no live run owns it: it is stopped (smart
 * shutdown; its clients are gone) instead of making the next start wait for a port and a timeout.
 */
final class StaleServer {

    private static final long STOP_SECONDS = 15;

    private StaleServer() {
    }

    static void stopIfRunning(Path dataDir, Consumer<String> progress) {
        Optional<ProcessHandle> postmaster = postmaster(dataDir.resolve("postmaster.pid"));
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle server = postmaster.get();
        progress.accept("Stopping a stale embedded PostgreSQL (pid " + server.pid() + ") left by an interrupted run ...");
        server.destroy();
        try {
            server.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            server.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The live postgres process named by the pid file's first line, if any. */
    private static Optional<ProcessHandle> postmaster(Path pidFile) {
        List<String> lines;
        try {
            lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        String dir = pidFile.getParent().toString();
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive)
                .filter(p -> servesThisDirectory(p, dir));
    }

    /** A reused pid must not stop someone else's server: the process must be a postgres started on this directory. */
    private static boolean servesThisDirectory(ProcessHandle process, String dataDir) {
        ProcessHandle.Info info = process.info();
        return info.command().map(c -> c.endsWith("/postgres")).orElse(false)
                && info.commandLine().map(c -> c.contains(dataDir)).orElse(false);
    }
}
