package com.capp.autogen.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a project's JPA entities are, from the {@code model.*} keys: packages to scan, jars or
 * class folders to load them from (resolved against the project root), Hibernate's physical and
 * implicit naming strategies, the command that builds the classes (named in errors when they are
 * missing) and the {@code hibernate.*} / {@code jakarta.persistence.*} properties the metamodel needs.
 * Nulls and empty lists mean "not configured".
 */
public record ModelConfig(List<String> packages, List<Path> classpath, String physicalNamingStrategy,
                          String implicitNamingStrategy, String buildCommand, Map<String, String> hibernateProperties) {

    public ModelConfig {
        packages = List.copyOf(packages);
        classpath = List.copyOf(classpath);
        hibernateProperties = Map.copyOf(hibernateProperties);
    }

    public static ModelConfig none() {
        return new ModelConfig(List.of(), List.of(), null, null, null, Map.of());
    }
}
