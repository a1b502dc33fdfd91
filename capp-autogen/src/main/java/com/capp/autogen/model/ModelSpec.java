package com.capp.autogen.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the entities are: packages to scan, extra classpath entries (jars or class folders) to load
 * them from, the project's naming strategy classes (null for Hibernate's defaults), Hibernate
 * properties the metamodel needs, and the command that builds the classes (named when they are missing).
 */
public record ModelSpec(List<String> packages, List<Path> classpath, String physicalNamingStrategy,
                        String implicitNamingStrategy, Map<String, String> hibernateProperties, String buildCommand) {

    public ModelSpec {
        packages = List.copyOf(packages);
        classpath = List.copyOf(classpath);
        hibernateProperties = Map.copyOf(hibernateProperties);
    }

    public ModelSpec(List<String> packages, List<Path> classpath, String physicalNamingStrategy) {
        this(packages, classpath, physicalNamingStrategy, null, Map.of(), null);
    }
}
