package com.capp.autogen.model;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The class loader of a model's classpath entries, on top of the tool's own (which brings Hibernate
 * and Jakarta Persistence). A missing entry is an error naming the path and the build that makes it.
 */
final class ModelClassLoader {

    private ModelClassLoader() {
    }

    static ClassLoader of(ModelSpec spec) {
        ClassLoader parent = HibernateModelReader.class.getClassLoader();
        if (spec.classpath().isEmpty()) {
            return parent;
        }
        for (Path entry : spec.classpath()) {
            if (!Files.exists(entry)) {
                throw new ModelException("The entity classes are missing: " + entry + " does not exist (model.classpath)",
                        buildHint(spec), null);
            }
        }
        URL[] urls = spec.classpath().stream().map(ModelClassLoader::url).toArray(URL[]::new);
        return new URLClassLoader(urls, parent);
    }

    /** What to run, or fix, so the configured classes exist. */
    static String buildHint(ModelSpec spec) {
        String build = spec.buildCommand() == null ? "the project's build (e.g. mvn compile)" : spec.buildCommand();
        return "Build the entities first (" + build + "), or fix model.classpath / --model-classpath.";
    }

    static String describe(List<Path> classpath) {
        return classpath.isEmpty() ? "the tool's own classpath" : classpath.toString();
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new ModelException("bad classpath entry " + path, e);
        }
    }
}
