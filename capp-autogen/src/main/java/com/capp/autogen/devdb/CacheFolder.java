package com.capp.autogen.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before anything slow starts, that the cache folder can take what the dev server writes:
 * a read-only or full folder otherwise shows up a minute later as a startup timeout.
 */
final class CacheFolder {

    private static final long MB = 1024 * 1024;
    private static final String USE_ANOTHER = "Set CAPP_AUTOGEN_CACHE to a writable folder with space";

    private CacheFolder() {
    }

    /** @param neededBytes free space the run needs (binaries and a data directory when the cache is cold) */
    static void requireWritable(Path folder, long neededBytes) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-test-", "");
            try {
                Files.write(probe, new byte[4096]);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("No space left") ? "the disk is full"
                    : "it is not writable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            throw new DevDatabaseException("Cache folder " + folder + ": " + reason, USE_ANOTHER
                    + " (or fix " + folder + "), or set DATABASE_URL to use a database of yours.", e);
        }
        requireSpace(folder, neededBytes);
    }

    private static void requireSpace(Path folder, long neededBytes) {
        long free;
        try {
            free = Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return; // the space is unknown; the write probe passed
        }
        if (free < neededBytes) {
            throw new DevDatabaseException("Cache folder " + folder + ": the disk is full (" + free / MB
                    + " MB free, the embedded PostgreSQL needs about " + neededBytes / MB + " MB)",
                    "Free some space, or " + USE_ANOTHER + ".", null);
        }
    }
}
