package com.capp.autogen.revision;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Revision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Migrations compiled into a jar (or a classes folder) on the classpath, found by scanning a
 * package for classes annotated {@link Revision}: the production path, with no sources needed.
 * The checksum is that of the .java file packaged beside the class when present (the migrations
 * module packages it), else of the class bytes.
 */
public final class ClasspathMigrationLoader implements MigrationLoader {

    private final String packageName;
    private final ClassLoader classLoader;

    public ClasspathMigrationLoader(String packageName, ClassLoader classLoader) {
        this.packageName = packageName;
        this.classLoader = classLoader;
    }

    @Override
    public String describe() {
        return "classpath package " + packageName;
    }

    @Override
    public List<ResolvedMigration> load() {
        List<ResolvedMigration> found = new ArrayList<>();
        for (String className : classNames()) {
            Class<?> type = load(className);
            Revision revision = type.getAnnotation(Revision.class);
            if (revision != null) {
                found.add(new ResolvedMigration(RevisionInfo.from(revision), RevisionClasses.migrationType(type, className),
                        checksum(className), className));
            } else if (Migration.class.isAssignableFrom(type)) {
                throw RevisionClasses.notARevision(className);
            }
        }
        return found;
    }

    private TreeSet<String> classNames() {
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(path))) {
                if (url.getProtocol().equals("jar")) {
                    names.addAll(inJar(url, path));
                } else if (url.getProtocol().equals("file")) {
                    names.addAll(inFolder(Path.of(url.toURI())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private List<String> inJar(URL url, String path) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            return jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(path + "/") && isTopLevelClass(n.substring(path.length() + 1)))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }

    private List<String> inFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(ClasspathMigrationLoader::isTopLevelClass)
                    .map(n -> packageName + "." + n.substring(0, n.length() - ".class".length()))
                    .toList();
        }
    }

    private static boolean isTopLevelClass(String fileName) {
        return fileName.endsWith(".class") && !fileName.contains("$") && !fileName.contains("/");
    }

    private String checksum(String className) {
        String base = className.replace('.', '/');
        byte[] source = read(base + ".java");
        return source != null ? Checksums.ofSource(source) : Checksums.ofClass(read(base + ".class"));
    }

    private byte[] read(String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RevisionException("Cannot load migration class " + className + ": " + e, "");
        }
    }
}
