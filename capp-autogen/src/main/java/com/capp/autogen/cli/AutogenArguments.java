package com.capp.autogen.cli;

import com.capp.autogen.app.ModelOverrides;
import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.config.ModelConfig;
import com.capp.autogen.embed.Configuration;
import com.capp.autogen.model.ModelSpec;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model and comparison options as given ({@link AutogenOptions}), and what they change. */
record AutogenArguments(List<String> modelPackages, List<Path> modelClasspath, String namingStrategy,
                        Map<String, String> hibernateSettings, String implicitNamingStrategy,
                        List<String> include, List<String> exclude, boolean dev, boolean unsafe) {

    AutogenArguments {
        modelPackages = List.copyOf(modelPackages);
        modelClasspath = List.copyOf(modelClasspath);
        hibernateSettings = Collections.unmodifiableMap(new LinkedHashMap<>(hibernateSettings)); // in the order given
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    CompareOptions compareOptions() {
        return CompareOptions.of(include, exclude);
    }

    /** The configured model, with what the command line gives instead. */
    ModelSpec modelSpec(ModelConfig configured, Path workingDirectory) {
        return new ModelOverrides(modelPackages, classpath(workingDirectory), namingStrategy, implicitNamingStrategy,
                hibernateSettings).applyTo(configured);
    }

    /** The same choices for the Java API, which {@code check} and {@code revision} run through. */
    Configuration applyTo(Configuration configuration, Path workingDirectory) {
        configuration.model(modelPackages.toArray(String[]::new))
                .modelClasspath(classpath(workingDirectory).toArray(Path[]::new))
                .namingStrategies(namingStrategy, implicitNamingStrategy).include(include).exclude(exclude);
        hibernateSettings.forEach(configuration::hibernateProperty);
        if (unsafe) {
            configuration.unsafeForms(true); // else the configuration's autogenerate.unsafe holds
        }
        return configuration;
    }

    private List<Path> classpath(Path workingDirectory) {
        return modelClasspath.stream().map(p -> workingDirectory.resolve(p).normalize()).toList();
    }
}
