package com.capp.autogen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.capp.autogen.cache.RecentEntries;
import com.capp.autogen.schema.Schema;
import com.capp.model.CappEntities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The model cache answers from disk only while everything the reading depends on is byte for byte the same. */
class ModelCacheTest {

    @TempDir
    Path temp;

    private Path classes;
    private Path cacheDir;
    private ModelCache cache;
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void copyCappEntities() throws IOException, URISyntaxException {
        Path built = Path.of(CappEntities.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isDirectory(built)) { // the reactor's capp-model jar: its class folder beside it
            built = built.resolveSibling("classes");
        }
        classes = temp.resolve("classes");
        try (Stream<Path> files = Files.walk(built)) {
            for (Path file : files.toList()) {
                Path copy = classes.resolve(built.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        cacheDir = temp.resolve("cache");
        cache = new ModelCache(cacheDir);
    }

    private ModelSpec spec(Map<String, String> settings) {
        return new ModelSpec(List.of("com.capp.model"), List.of(classes), null, settings);
    }

    private Supplier<Schema> hibernate(ModelSpec spec) {
        return () -> {
            reads.incrementAndGet();
            return new HibernateModelReader().read(spec);
        };
    }

    @Test
    void aSecondReadOfUnchangedEntitiesComesFromTheCacheAndEqualsHibernatesRead() {
        ModelSpec spec = spec(Map.of());
        Schema first = cache.read(spec, hibernate(spec));
        Schema second = cache.read(spec, hibernate(spec));
        assertEquals(1, reads.get());
        assertEquals(first, second);
        assertTrue(second.tables().size() > 10, "CAPP's tables: " + second.tables().size());
        assertEquals(new HibernateModelReader().read(spec), new ModelCache(cacheDir).read(spec, () -> {
            throw new AssertionError("a new cache over the same folder reads from disk");
        }));
    }

    @Test
    void anEditedClassFileMisses() throws IOException {
        ModelSpec spec = spec(Map.of());
        cache.read(spec, hibernate(spec));
        Path entity = classes.resolve("com/capp/model/CappEntities.class");
        byte[] bytes = Files.readAllBytes(entity);
        bytes[bytes.length - 1] ^= 1; // one bit of one class, same size and name
        Files.write(entity, bytes);
        cache.read(spec, () -> {
            reads.incrementAndGet();
            return Schema.EMPTY;
        });
        assertEquals(2, reads.get());
    }

    @Test
    void aNewFileOnTheClasspathMisses() throws IOException {
        ModelSpec spec = spec(Map.of());
        cache.read(spec, hibernate(spec));
        Files.writeString(classes.resolve("META-INF-orm.xml"), "<entity-mappings/>");
        cache.read(spec, hibernate(spec));
        assertEquals(2, reads.get());
    }

    @Test
    void entitiesInAJarHitWhileTheJarIsUntouchedAndMissOnceItIsRewritten() throws IOException {
        Path jar = temp.resolve("entities.jar");
        writeJar(jar);
        ModelSpec spec = new ModelSpec(List.of("com.capp.model"), List.of(jar), null, Map.of());
        Schema first = cache.read(spec, hibernate(spec));
        assertEquals(first, cache.read(spec, hibernate(spec)));
        assertEquals(1, reads.get(), "an untouched jar is a hit");

        writeJar(jar); // rebuilt, as a build tool writes a jar again
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1_000));
        cache.read(spec, hibernate(spec));
        assertEquals(2, reads.get(), "a rewritten jar is read again");
    }

    private void writeJar(Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }

    @Test
    void aChangedSettingMissesAndItsSchemaIsTheOneOfThatSetting() {
        ModelSpec plain = spec(Map.of());
        ModelSpec otherSchema = spec(Map.of("hibernate.default_schema", "payments"));
        Schema inPublic = cache.read(plain, hibernate(plain));
        Schema inPayments = cache.read(otherSchema, hibernate(otherSchema));
        assertEquals(2, reads.get());
        assertEquals(List.of("payments"), inPayments.schemaNames());
        assertEquals(List.of(), inPublic.schemaNames());
    }

    @Test
    void alternatingModelsBothStayCachedAndOnlyTheLeastRecentlyUsedIsEvicted() throws IOException {
        ModelSpec plain = spec(Map.of());
        ModelSpec other = spec(Map.of("hibernate.default_schema", "payments"));
        for (int round = 0; round < 3; round++) { // as the CLI and the Maven plugin alternate on one project
            cache.read(plain, hibernate(plain));
            cache.read(other, hibernate(other));
        }
        assertEquals(2, reads.get(), "each model read once, then served from the cache");

        for (int i = 0; i < RecentEntries.KEPT - 1; i++) { // newer models push out the least recently used
            ModelSpec newer = spec(Map.of("hibernate.default_schema", "s" + i));
            cache.read(newer, hibernate(newer));
        }
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(RecentEntries.KEPT, files.filter(f -> f.toString().endsWith(".schema")).count());
        }
        int before = reads.get();
        cache.read(plain, hibernate(plain));
        assertEquals(before + 1, reads.get(), "the least recently used model was evicted");
    }

    @Test
    void aDamagedCacheFileIsReadAgainNotTrusted() throws IOException {
        ModelSpec spec = spec(Map.of());
        Schema fresh = cache.read(spec, hibernate(spec));
        try (Stream<Path> files = Files.list(cacheDir)) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3});
            }
        }
        assertEquals(fresh, cache.read(spec, hibernate(spec)));
        assertEquals(2, reads.get());
    }

    @Test
    void entitiesOnTheToolsOwnClasspathAreNeverCached() {
        ModelSpec spec = new ModelSpec(List.of("com.capp.model"), List.of(), null);
        Supplier<Schema> counting = () -> {
            reads.incrementAndGet();
            return Schema.EMPTY;
        };
        cache.read(spec, counting);
        cache.read(spec, counting);
        assertEquals(2, reads.get());
        assertTrue(Files.notExists(cacheDir) || isEmpty(cacheDir));
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
