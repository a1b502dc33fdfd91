package com.capp.autogen.revision;

import com.capp.autogen.api.Migration;
import com.capp.autogen.cache.RecentEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Compiled migration classes on disk, in a folder named by a hash of every source path and
 * checksum (and the JDK and the API build). A cache problem is never fatal: it only means compiling again.
 */
final class CompiledClassCache {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledClassCache.class);
    private static final String SOURCES = "sources.properties";

    /**
     * When the migration API (Op, Ddl, ...) was built: classes compiled against an older build may
     * no longer link, so a rebuilt tool recompiles its migrations.
     */
    private static final long API_BUILD = lastModified(Migration.class);

    private final Path root;

    private final RecentEntries compilations;

    CompiledClassCache(Path root) {
        this.root = root;
        this.compilations = new RecentEntries(root, Files::isDirectory);
    }

    InMemoryCompiler.Output read(Map<Path, String> checksums) {
        Path dir = root.resolve(key(checksums));
        Path sourcesFile = dir.resolve(SOURCES);
        if (!Files.isRegularFile(sourcesFile)) {
            return null;
        }
        try (Reader reader = Files.newBufferedReader(sourcesFile, StandardCharsets.UTF_8)) {
            Properties sources = new Properties();
            sources.load(reader);
            Map<String, byte[]> classes = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = file.getFileName().toString();
                    classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(file));
                }
            }
            Map<String, Path> sourceOf = new LinkedHashMap<>();
            sources.stringPropertyNames().forEach(c -> sourceOf.put(c, Path.of(sources.getProperty(c))));
            compilations.touch(dir);
            return new InMemoryCompiler.Output(classes, sourceOf);
        } catch (IOException e) {
            LOG.debug("ignoring unreadable compile cache {}: {}", dir, e.toString());
            return null;
        }
    }

    void write(Map<Path, String> checksums, InMemoryCompiler.Output output) {
        Path dir = root.resolve(key(checksums));
        try {
            compilations.makeRoom();
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> entry : output.classes().entrySet()) {
                Files.write(dir.resolve(entry.getKey() + ".class"), entry.getValue());
            }
            Properties sources = new Properties();
            output.sourceOf().forEach((c, p) -> sources.setProperty(c, p.toString()));
            try (Writer writer = Files.newBufferedWriter(dir.resolve(SOURCES), StandardCharsets.UTF_8)) {
                sources.store(writer, "migration class -> source file");
            }
            compilations.touch(dir); // the clock of last use, not the file system's coarser write time
        } catch (IOException e) {
            LOG.debug("cannot write compile cache {}: {}", dir, e.toString());
        }
    }

    private static String key(Map<Path, String> checksums) {
        StringBuilder text = new StringBuilder(Runtime.version().toString()).append('\n').append(API_BUILD);
        checksums.forEach((path, sum) -> text.append('\n').append(path).append('=').append(sum));
        return Checksums.sha256(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    /**
     * The time of the file {@code type} was loaded from: the tool's jar, or its class file in a folder.
     * A stat, where asking the class's resource URL would open and index the whole jar (7 ms, a twentieth
     * of {@code heads}); other locations (a nested jar in a Boot application) are asked through the URL.
     */
    private static long lastModified(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && "file".equals(source.getLocation().getProtocol())) {
                Path location = Path.of(source.getLocation().toURI());
                Path file = Files.isDirectory(location) ? location.resolve(type.getName().replace('.', '/') + ".class") : location;
                return Files.getLastModifiedTime(file).toMillis();
            }
            var resource = type.getResource(type.getSimpleName() + ".class");
            return resource == null ? 0 : resource.openConnection().getLastModified();
        } catch (IOException | URISyntaxException e) {
            return 0;
        }
    }
}
