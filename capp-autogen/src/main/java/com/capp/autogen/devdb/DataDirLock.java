package com.capp.autogen.devdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An OS file lock beside the cached data directory, held by the run that uses it from before
 * initdb until its server stopped. The OS drops it when the run dies (even of kill -9), so a held
 * lock means a live run, and a server found on the data directory without it is an orphan.
 */
final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another run (in this JVM or another) holds it. */
    static Optional<DataDirLock> tryAcquire(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                channel.truncate(0).write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                return Optional.of(new DataDirLock(channel, lock));
            }
        } catch (OverlappingFileLockException heldInThisJvm) {
            // another dev database of this JVM uses the directory
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock; the OS does on exit anyway
        }
    }
}
