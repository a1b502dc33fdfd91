package com.capp.autogen.cli;

import com.capp.autogen.app.ModelOverrides;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.config.ModelConfig;
import com.capp.autogen.embed.Configuration;
import com.capp.autogen.model.ModelSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Options shared by check, diff and revision --autogenerate: where the model is, what to compare, against what. */
final class AutogenOptions {

    @Option(names = "--model-package", split = ",",
            description = "Package(s) holding the @Entity classes (default: model.packages).")
    List<String> modelPackages = new ArrayList<>();

    @Option(names = "--model-classpath", split = "${sys:path.separator}",
            description = "Jars or class folders to load the entities from (default: model.classpath).")
    List<Path> modelClasspath = new ArrayList<>();

    @Option(names = "--naming-strategy",
            description = "The project's Hibernate PhysicalNamingStrategy class (default: model.naming-strategy.physical).")
    String namingStrategy;

    @Option(names = "--hibernate-setting", paramLabel = "KEY=VALUE",
            description = "A hibernate.* setting of the application that shapes its DDL (implicit naming strategy, "
                    + "hibernate.type.preferred_*, globally_quoted_identifiers, default_schema ...); repeatable.")
    Map<String, String> hibernateSettings = new LinkedHashMap<>();

    @Option(names = "--implicit-naming-strategy",
            description = "The project's Hibernate ImplicitNamingStrategy class (default: model.naming-strategy.implicit).")
    String implicitNamingStrategy;

    @Option(names = "--include", description = "Compare only tables/sequences/enums whose name matches (regex).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", description = "Leave out tables/sequences/enums whose name matches (regex).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--dev", description = "Compare against the migrations replayed into the embedded dev "
            + "database, even when a database URL is configured.")
    boolean dev;

    @Option(names = "--unsafe", description = "Write the plain forms (CREATE INDEX, ADD FOREIGN KEY, SET NOT NULL "
            + "... in one transaction) instead of the production-safe ones; config key autogenerate.unsafe.")
    boolean unsafe;

    CompareOptions compareOptions() {
        return CompareOptions.of(include, exclude);
    }

    /** The configured model, with what the command line gives instead. */
    ModelSpec modelSpec(ModelConfig configured, Path workingDirectory) {
        List<Path> classpath = modelClasspath.stream().map(p -> workingDirectory.resolve(p).normalize()).toList();
        return new ModelOverrides(modelPackages, classpath, namingStrategy, implicitNamingStrategy, hibernateSettings)
                .applyTo(configured);
    }

    /** The same choices for the Java API, which {@code check} and {@code revision} run through. */
    Configuration applyTo(Configuration configuration, Path workingDirectory) {
        configuration.model(modelPackages.toArray(String[]::new))
                .modelClasspath(modelClasspath.stream().map(p -> workingDirectory.resolve(p).normalize()).toArray(Path[]::new))
                .namingStrategies(namingStrategy, implicitNamingStrategy).include(include).exclude(exclude);
        hibernateSettings.forEach(configuration::hibernateProperty);
        if (unsafe) {
            configuration.unsafeForms(true); // else the configuration's autogenerate.unsafe holds
        }
        return configuration;
    }
}
