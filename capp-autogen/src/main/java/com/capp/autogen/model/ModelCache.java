package com.capp.autogen.model;

import com.capp.autogen.cache.RecentEntries;
import com.capp.autogen.schema.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * The schema read from the entities, kept on disk between runs: building Hibernate's metamodel is
 * most of a cold {@code check}. The file is named by {@link ModelFingerprint}, an exact hash of
 * everything the reading depends on, so an edited entity, setting or tool build misses and reads
 * again. A cache problem is never fatal: it only means reading the entities again.
 */
public final class ModelCache {

    private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);
    /** Only the tool's schema records and the JDK's immutable collections may come back. */
    private static final ObjectInputFilter ONLY_SCHEMA = ObjectInputFilter.Config.createFilter(
            "com.capp.autogen.schema.*;java.util.*;java.lang.*;!*");

    private final Path folder;

    private final RecentEntries entries;

    public ModelCache(Path folder) {
        this.folder = folder;
        this.entries = new RecentEntries(folder, f -> f.toString().endsWith(".schema"));
    }

    /** The cached schema of {@code spec}, or what {@code reader} returns (then cached). */
    public Schema read(ModelSpec spec, Supplier<Schema> reader) {
        String key = ModelFingerprint.of(spec).orElse(null);
        if (key == null) {
            return reader.get(); // entities on the tool's own classpath, or missing: nothing exact to key on
        }
        Path file = folder.resolve(key + ".schema");
        Schema cached = load(file);
        if (cached != null) {
            try {
                entries.touch(file);
            } catch (IOException e) {
                LOG.debug("cannot mark model cache {} as used: {}", file, e.toString());
            }
            return cached;
        }
        Schema schema = reader.get();
        store(file, schema);
        return schema;
    }

    private static Schema load(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream bytes = Files.newInputStream(file); ObjectInputStream in = new ObjectInputStream(bytes)) {
            in.setObjectInputFilter(ONLY_SCHEMA);
            return (Schema) in.readObject();
        } catch (IOException | ClassNotFoundException | RuntimeException e) { // stale, foreign or damaged file
            LOG.debug("ignoring unreadable model cache {}: {}", file, e.toString());
            return null;
        }
    }

    /** Written to a private name and moved into place, so a reader never sees half a file. */
    private void store(Path file, Schema schema) {
        try {
            Files.createDirectories(folder);
            entries.makeRoom();
            Path partial = Files.createTempFile(folder, "partial", ".tmp");
            try (OutputStream bytes = Files.newOutputStream(partial); ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(schema);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            entries.touch(file); // the clock of last use, not the file system's coarser write time
        } catch (IOException e) {
            LOG.debug("cannot write model cache {}: {}", file, e.toString());
        }
    }
}
