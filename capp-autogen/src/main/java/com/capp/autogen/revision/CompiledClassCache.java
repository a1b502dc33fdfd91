package com.capp.autogen.revision;

import com.capp.autogen.cache.RecentEntries;
import com.capp.autogen.cache.ToolBuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * Classes compiled by another build of the tool may no longer link against its migration API
     * (Op, Ddl, ...): a rebuilt tool recompiles its migrations.
     */
    private static final String API_BUILD = ToolBuild.fingerprint();

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
}
