package com.capp.autogen.cli;

import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.model.ModelSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Options shared by check, diff and revision --autogenerate: where the model is, what to compare, against what. */
final class AutogenOptions {

    @Option(names = "--model-package", description = "Package(s) holding the @Entity classes (default: ${DEFAULT-VALUE}).",
            defaultValue = ModelSpec.CAPP_MODEL_PACKAGE, split = ",")
    List<String> modelPackages = new ArrayList<>();

    @Option(names = "--model-classpath", description = "Jars or class folders to load the entities from.",
            split = "${sys:path.separator}")
    List<Path> modelClasspath = new ArrayList<>();

    @Option(names = "--naming-strategy", description = "The project's Hibernate PhysicalNamingStrategy class.")
    String namingStrategy;

    @Option(names = "--hibernate-setting", paramLabel = "KEY=VALUE",
            description = "A hibernate.* setting of the application that shapes its DDL (implicit naming strategy, "
                    + "hibernate.type.preferred_*, globally_quoted_identifiers, default_schema ...); repeatable.")
    Map<String, String> hibernateSettings = new LinkedHashMap<>();

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

    ModelSpec modelSpec() {
        return new ModelSpec(modelPackages, modelClasspath, namingStrategy, hibernateSettings);
    }
}
