package com.capp.autogen.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the entities are and how Hibernate reads them: packages to scan, extra classpath entries
 * (jars or class folders) to load them from, the project's naming strategy classes (null for
 * Hibernate's defaults), the project's {@code hibernate.*} / {@code jakarta.persistence.*} settings
 * ({@code hibernate.type.preferred_*}, {@code globally_quoted_identifiers}, {@code default_schema} ...,
 * from capp-autogen.properties and {@code --hibernate-setting}, the command line winning), applied
 * exactly as the application's own Hibernate would apply them, and the command that builds the
 * classes (named when they are missing).
 */
public record ModelSpec(List<String> packages, List<Path> classpath, String physicalNamingStrategy,
                        String implicitNamingStrategy, Map<String, String> settings, String buildCommand) {

    public ModelSpec {
        packages = List.copyOf(packages);
        classpath = List.copyOf(classpath);
        settings = Map.copyOf(new TreeMap<>(settings));
    }

    public ModelSpec(List<String> packages, List<Path> classpath, String physicalNamingStrategy,
                     Map<String, String> settings) {
        this(packages, classpath, physicalNamingStrategy, null, settings, null);
    }

    public ModelSpec(List<String> packages, List<Path> classpath, String physicalNamingStrategy) {
        this(packages, classpath, physicalNamingStrategy, Map.of());
    }
}
