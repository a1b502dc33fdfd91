package com.capp.autogen.devdb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache folder checks on a real file system: more space needed than the disk has is "disk full". */
class CacheFolderTest {

    @Test
    void moreSpaceThanTheDiskHasIsReportedAsDiskFull(@TempDir Path folder) throws Exception {
        long free = Files.getFileStore(folder).getUsableSpace();

        DevDatabaseException full = assertThrows(DevDatabaseException.class,
                () -> CacheFolder.requireWritable(folder, free + 1024L * 1024 * 1024 * 1024));

        assertTrue(full.getMessage().startsWith("Cache folder " + folder + ": the disk is full ("), full.getMessage());
        assertTrue(full.hint().contains("CAPP_AUTOGEN_CACHE"), full.hint());
        try (var left = Files.list(folder)) {
            assertTrue(left.findAny().isEmpty(), "the write probe was removed");
        }
    }

    @Test
    void aWritableFolderWithSpacePasses(@TempDir Path folder) {
        assertDoesNotThrow(() -> CacheFolder.requireWritable(folder.resolve("new/cache"), 1024));
        assertTrue(Files.isDirectory(folder.resolve("new/cache")));
    }
}
