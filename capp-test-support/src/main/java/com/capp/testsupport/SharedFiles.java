package com.capp.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds files in the shared reference folder ({@code shared/capp}: capp_head.sql, catalog.sql).
 * Surefire sets {@code capp.shared.dir}; running from an IDE we walk up from the working directory.
 * A clone checked out away from {@code shared/} uses the copies under {@code capp-reference/} in
 * this module's resources ({@code ReferenceCopiesTest} keeps them identical to the shared files).
 */
public final class SharedFiles {

    static final String DIR_PROPERTY = "capp.shared.dir";

    private SharedFiles() {
    }

    /** A file in {@code shared/capp}, e.g. {@code SharedFiles.capp("capp_head.sql")}. */
    public static Path capp(String fileName) {
        Path dir = cappDir();
        Path file = dir == null ? bundledCopy(fileName) : dir.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing shared file " + file);
        }
        return file;
    }

    /** The copy of a reference file packaged with this module, as a file (it may sit in a jar). */
    static Path bundledCopy(String fileName) {
        try (InputStream in = SharedFiles.class.getResourceAsStream("/capp-reference/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("no shared/capp folder and no bundled copy of " + fileName);
            }
            Path copy = Files.createTempFile("capp-reference-", "-" + fileName);
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared/capp folder, or null when this checkout has none nearby. */
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
        return null;
    }
}
