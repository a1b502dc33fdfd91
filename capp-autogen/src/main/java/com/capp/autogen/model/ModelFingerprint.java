package com.capp.autogen.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An exact hash of what reading a model depends on: every byte of every file in the model's class
 * folders (where entities are edited), each jar's path, size and modification time (a jar is
 * rewritten whole, never edited in place; a build tool's classpath holds ~100 MB of them, whose
 * bytes took longer to hash than the model takes to read), the packages, naming strategies and
 * settings, the tool's own build (its jar or class folder), the Hibernate build and the JDK.
 * Empty when the entities come from the tool's own classpath (nothing to hash exactly) or an
 * entry is missing (the reader then reports it).
 */
final class ModelFingerprint {

    /** Bump when the cached file's layout changes. */
    private static final String FORMAT = "model-cache-1";
    private static volatile String toolBuild;

    private ModelFingerprint() {
    }

    static Optional<String> of(ModelSpec spec) {
        if (spec.classpath().isEmpty() || !spec.classpath().stream().allMatch(Files::exists)) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        text(digest, FORMAT, Runtime.version().toString(), hibernateBuild(), toolBuild(),
                String.valueOf(spec.packages()), spec.physicalNamingStrategy(), spec.implicitNamingStrategy(),
                String.valueOf(spec.settings())); // a sorted map: same settings, same text
        for (Path entry : spec.classpath()) {
            path(digest, entry);
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()).substring(0, 32));
    }

    /** A jar's size and modification time, or every file of a folder with its relative name, in a stable order. */
    private static void path(MessageDigest digest, Path entry) {
        text(digest, "entry", entry.toAbsolutePath().normalize().toString());
        if (Files.isRegularFile(entry)) {
            jar(digest, entry);
            return;
        }
        try (Stream<Path> files = Files.walk(entry)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                text(digest, entry.relativize(file).toString());
                bytes(digest, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model classpath entry " + entry, e);
        }
    }

    /** The tool's jar or class folder, hashed once per process. */
    private static String toolBuild() {
        String build = toolBuild;
        if (build == null) {
            MessageDigest digest = sha256();
            CodeSource source = ModelFingerprint.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                path(digest, Path.of(uri(source.getLocation())));
            }
            build = HexFormat.of().formatHex(digest.digest());
            toolBuild = build;
        }
        return build;
    }

    /** Where Hibernate's classes come from: the jar's name carries its version. */
    private static String hibernateBuild() {
        URL resource = ModelFingerprint.class.getClassLoader().getResource("org/hibernate/Version.class");
        return String.valueOf(resource);
    }

    private static void text(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    private static void jar(MessageDigest digest, Path jar) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            text(digest, String.valueOf(attributes.size()), String.valueOf(attributes.lastModifiedTime().toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    private static void bytes(MessageDigest digest, Path file) {
        try {
            digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        digest.update((byte) 0);
    }

    private static java.net.URI uri(URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("tool location is not a path: " + url, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
