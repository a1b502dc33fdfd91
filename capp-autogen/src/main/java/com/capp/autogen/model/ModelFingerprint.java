package com.capp.autogen.model;

import com.capp.autogen.cache.FileDigest;
import com.capp.autogen.cache.ToolBuild;

import java.net.URL;
import java.nio.file.Files;
import java.util.Optional;

/**
 * An exact hash of what reading a model depends on: the model's classpath as {@link FileDigest#path}
 * counts it (class folders, where entities are edited, byte for byte; jars by path, size and
 * modification time), the packages, naming strategies and settings, the tool's own build
 * ({@link ToolBuild}), the Hibernate build and the JDK. Empty when the entities come from the tool's
 * own classpath (nothing to hash exactly) or an entry is missing (the reader then reports it).
 */
final class ModelFingerprint {

    /** Bump when the cached file's layout changes. */
    private static final String FORMAT = "model-cache-1";

    private ModelFingerprint() {
    }

    static Optional<String> of(ModelSpec spec) {
        if (spec.classpath().isEmpty() || !spec.classpath().stream().allMatch(Files::exists)) {
            return Optional.empty();
        }
        FileDigest digest = new FileDigest().text(FORMAT, Runtime.version().toString(), hibernateBuild(),
                ToolBuild.fingerprint(), String.valueOf(spec.packages()), spec.physicalNamingStrategy(),
                spec.implicitNamingStrategy(), String.valueOf(spec.settings())); // a sorted map: same settings, same text
        spec.classpath().forEach(digest::path);
        return Optional.of(digest.hex().substring(0, 32));
    }

    /** Where Hibernate's classes come from: the jar's name carries its version. */
    private static String hibernateBuild() {
        URL resource = ModelFingerprint.class.getClassLoader().getResource("org/hibernate/Version.class");
        return String.valueOf(resource);
    }
}
