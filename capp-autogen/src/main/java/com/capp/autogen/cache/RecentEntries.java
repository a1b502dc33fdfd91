package com.capp.autogen.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The entries (files or folders) of an on-disk cache folder, least recently used first out. More
 * than one is kept so runs that alternate on one project (the CLI on one JDK and the Maven plugin on
 * another, two branches' entities) do not evict each other's entry on every run. The time of last
 * use is the entry's modification time. Callers treat an {@link IOException} as "no cache".
 */
public final class RecentEntries {

    /** Entries kept per cache folder. */
    public static final int KEPT = 4;

    private final Path folder;
    private final Predicate<Path> isEntry;

    public RecentEntries(Path folder, Predicate<Path> isEntry) {
        this.folder = folder;
        this.isEntry = isEntry;
    }

    /** Marks an entry as just used. */
    public void touch(Path entry) throws IOException {
        Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
    }

    /** Makes room for one more entry: the least recently used beyond {@code KEPT - 1} are deleted. */
    public void makeRoom() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> all = Files.list(folder)) {
            entries = all.filter(isEntry).sorted(Comparator.comparing(RecentEntries::lastUsed).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(entries.size(), KEPT - 1), entries.size())) {
            try (Stream<Path> tree = Files.walk(old)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static FileTime lastUsed(Path entry) {
        try {
            return Files.getLastModifiedTime(entry);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // deleted meanwhile by another run: first out
        }
    }
}
