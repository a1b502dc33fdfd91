package com.capp.autogen.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A SHA-256 over words and classpath entries, for cache keys. A class folder counts byte for byte
 * (classes are edited there one by one); a jar by its path, size and modification time (a jar is
 * rewritten whole, never edited in place, and a build tool's classpath holds ~100 MB of them, whose
 * bytes took longer to hash than what the caches save).
 */
public final class FileDigest {

    private final MessageDigest digest;

    public FileDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Each word, with a separator, so {@code ("ab", "c")} and {@code ("a", "bc")} differ. */
    public FileDigest text(String... parts) {
        for (String part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return this;
    }

    /** A jar (path, size, modification time) or a folder (every file, by relative name and bytes, in a stable order). */
    public FileDigest path(Path entry) {
        text("entry", entry.toAbsolutePath().normalize().toString());
        try {
            if (Files.isRegularFile(entry)) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                return text(String.valueOf(attributes.size()), String.valueOf(attributes.lastModifiedTime().toInstant()));
            }
            try (Stream<Path> files = Files.walk(entry)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    text(entry.relativize(file).toString());
                    digest.update(Files.readAllBytes(file));
                    digest.update((byte) 0);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath entry " + entry, e);
        }
    }

    /** The digest in hex; the digest is used up. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
