package com.capp.autogen.revision;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Revision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Migrations from a folder of .java files, compiled in memory on each run (the edit loop needs
 * no build). Compiled classes are cached by the checksums of all sources, so unchanged folders
 * skip the compiler; any edit changes the key and recompiles.
 */
public final class SourceMigrationLoader implements MigrationLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SourceMigrationLoader.class);

    private final Path folder;
    private final List<Path> moreFolders;
    private final CompiledClassCache cache;

    /** @param cacheDir where compiled classes are kept between runs; null to always compile */
    public SourceMigrationLoader(Path folder, Path cacheDir) {
        this(folder, List.of(), cacheDir);
    }

    /** @param moreFolders Alembic's further version_locations, compiled with {@code folder}; absent ones are skipped */
    public SourceMigrationLoader(Path folder, List<Path> moreFolders, Path cacheDir) {
        this.folder = folder;
        this.moreFolders = List.copyOf(moreFolders);
        this.cache = cacheDir == null ? null : new CompiledClassCache(cacheDir);
    }

    @Override
    public String describe() {
        return folder.toString();
    }

    @Override
    public List<ResolvedMigration> load() {
        Map<Path, String> checksums = sourceChecksums();
        if (checksums.isEmpty()) {
            return List.of();
        }
        InMemoryCompiler.Output output = cache == null ? null : cache.read(checksums);
        if (output == null) {
            LOG.debug("compiling {} migration source(s) in {}", checksums.size(), folder);
            output = new InMemoryCompiler().compile(new ArrayList<>(checksums.keySet()));
            if (cache != null) {
                cache.write(checksums, output);
            }
        }
        return migrations(output, checksums);
    }

    private List<ResolvedMigration> migrations(InMemoryCompiler.Output output, Map<Path, String> checksums) {
        ClassLoader loader = new BytesClassLoader(output.classes(), Migration.class.getClassLoader());
        List<ResolvedMigration> found = new ArrayList<>();
        for (Map.Entry<String, Path> entry : output.sourceOf().entrySet()) {
            Class<?> type = load(loader, entry.getKey());
            Revision revision = type.getAnnotation(Revision.class);
            if (revision != null && Migration.class.isAssignableFrom(type)) {
                Path source = entry.getValue();
                found.add(new ResolvedMigration(RevisionInfo.from(revision), type.asSubclass(Migration.class),
                        checksums.get(source), source.toString()));
            }
        }
        return found;
    }

    private Map<Path, String> sourceChecksums() {
        if (!Files.isDirectory(folder)) {
            throw new RevisionException("Migrations folder not found: " + folder,
                    "Set migrations.location in capp-autogen.properties, or create the folder.");
        }
        Map<Path, String> checksums = new LinkedHashMap<>();
        addSources(folder, checksums);
        moreFolders.stream().filter(Files::isDirectory).forEach(more -> addSources(more, checksums));
        return checksums;
    }

    private static void addSources(Path folder, Map<Path, String> checksums) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                checksums.put(file.toAbsolutePath().normalize(), Checksums.ofSource(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations folder " + folder, e);
        }
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RevisionException("Cannot load compiled migration class " + name + ": " + e, "");
        }
    }
}
