package com.capp.autogen.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the entities are and how Hibernate reads them: packages to scan, extra classpath entries
 * (jars or class folders) to load them from, the project's physical naming strategy class (null for
 * Hibernate's default), and the project's {@code hibernate.*} settings (implicit naming strategy,
 * {@code hibernate.type.preferred_*}, {@code globally_quoted_identifiers}, {@code default_schema} ...),
 * applied exactly as the application's own Hibernate would apply them.
 */
public record ModelSpec(List<String> packages, List<Path> classpath, String physicalNamingStrategy,
                        Map<String, String> settings) {

    public static final String CAPP_MODEL_PACKAGE = "com.capp.model";

    public ModelSpec {
        packages = List.copyOf(packages);
        classpath = List.copyOf(classpath);
        settings = Map.copyOf(new TreeMap<>(settings));
    }

    public ModelSpec(List<String> packages, List<Path> classpath, String physicalNamingStrategy) {
        this(packages, classpath, physicalNamingStrategy, Map.of());
    }

    public static ModelSpec capp() {
        return new ModelSpec(List.of(CAPP_MODEL_PACKAGE), List.of(), null);
    }
}
