package com.capp.autogen.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the entities are: packages to scan, extra classpath entries (jars or class folders) to load
 * them from, and the project's physical naming strategy class (null for Hibernate's default).
 */
public record ModelSpec(List<String> packages, List<Path> classpath, String physicalNamingStrategy) {

    public static final String CAPP_MODEL_PACKAGE = "com.capp.model";

    public ModelSpec {
        packages = List.copyOf(packages);
        classpath = List.copyOf(classpath);
    }

    public static ModelSpec capp() {
        return new ModelSpec(List.of(CAPP_MODEL_PACKAGE), List.of(), null);
    }
}
