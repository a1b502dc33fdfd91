package com.capp.autogen.app;

import com.capp.autogen.config.ModelConfig;
import com.capp.autogen.model.ModelSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a caller (command-line flags, the Java API) says about the model instead of the
 * configuration: empty lists and nulls keep the configured value, properties are added to it.
 */
public record ModelOverrides(List<String> packages, List<Path> classpath, String physicalNamingStrategy,
                             String implicitNamingStrategy, Map<String, String> hibernateProperties) {

    public ModelOverrides {
        packages = List.copyOf(packages);
        classpath = List.copyOf(classpath);
        hibernateProperties = Map.copyOf(hibernateProperties);
    }

    public ModelSpec applyTo(ModelConfig configured) {
        Map<String, String> hibernate = new LinkedHashMap<>(configured.hibernateProperties());
        hibernate.putAll(hibernateProperties);
        return new ModelSpec(packages.isEmpty() ? configured.packages() : packages,
                classpath.isEmpty() ? configured.classpath() : classpath,
                physicalNamingStrategy != null ? physicalNamingStrategy : configured.physicalNamingStrategy(),
                implicitNamingStrategy != null ? implicitNamingStrategy : configured.implicitNamingStrategy(),
                hibernate, configured.buildCommand());
    }
}
