package com.capp.autogen.model;

import jakarta.persistence.Entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds the {@code @Entity} classes of a package (and its subpackages) in folders and jars. */
final class EntityScanner {

    private final ClassLoader loader;

    EntityScanner(ClassLoader loader) {
        this.loader = loader;
    }

    List<Class<?>> entities(String packageName) {
        String folder = packageName.replace('.', '/');
        TreeSet<String> classNames = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                classNames.addAll(url.getProtocol().equals("jar") ? inJar(url, folder) : inFolder(url, packageName));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan package " + packageName, e);
        }
        List<Class<?>> entities = new ArrayList<>();
        for (String name : classNames) {
            Class<?> type = load(name);
            if (type.isAnnotationPresent(Entity.class)) {
                entities.add(type);
            }
        }
        return entities;
    }

    private static List<String> inFolder(URL url, String packageName) throws IOException {
        Path root;
        try {
            root = Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString).filter(EntityScanner::isClassFile)
                    .map(f -> packageName + "." + f.substring(0, f.length() - 6).replace('/', '.')).toList();
        }
    }

    /** Through the URL's own connection, so nested jars (a Spring Boot executable jar's BOOT-INF/classes) work too. */
    private static List<String> inJar(URL url, String folder) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile file = connection.getJarFile()) {
            return file.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(folder + "/") && isClassFile(n))
                    .map(n -> n.substring(0, n.length() - 6).replace('/', '.')).toList();
        }
    }

    private static boolean isClassFile(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.endsWith("package-info.class");
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load entity candidate " + name + ": " + e.getMessage(), e);
        }
    }
}
