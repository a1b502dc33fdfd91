package com.capp.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds files in the shared reference folder ({@code shared/capp}: capp_head.sql, catalog.sql).
 * Surefire sets {@code capp.shared.dir}; running from an IDE we walk up from the working directory.
 */
public final class SharedFiles {

    static final String DIR_PROPERTY = "capp.shared.dir";

    private SharedFiles() {
    }

    /** A file in {@code shared/capp}, e.g. {@code SharedFiles.capp("capp_head.sql")}. */
    public static Path capp(String fileName) {
        Path file = cappDir().resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing shared file " + file);
        }
        return file;
    }

    static Path cappDir() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null && Files.isDirectory(Paths.get(configured, "capp"))) {
            return Paths.get(configured, "capp").toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared/capp"), dir.resolve("../shared/capp")}) {
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException("cannot find shared/capp: set -D" + DIR_PROPERTY
                + " or run below a folder that has shared/capp or ../shared/capp");
    }
}
