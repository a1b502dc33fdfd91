package com.capp.autogen.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the {@code model.*} keys and the Hibernate pass-through properties of capp-autogen.properties. */
final class ModelConfigReader {

    private static final List<String> PASSED_THROUGH = List.of("hibernate.", "jakarta.persistence.");

    private ModelConfigReader() {
    }

    static ModelConfig read(Properties p, Path root) {
        Map<String, String> hibernate = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (PASSED_THROUGH.stream().anyMatch(key::startsWith)) {
                hibernate.put(key, p.getProperty(key).trim());
            }
        }
        return new ModelConfig(list(p.getProperty("model.packages")), classpath(p.getProperty("model.classpath"), root),
                blankToNull(p.getProperty("model.naming-strategy.physical")),
                blankToNull(p.getProperty("model.naming-strategy.implicit")),
                blankToNull(p.getProperty("model.build")), hibernate);
    }

    /**
     * Entries separated by commas or the platform's path separator, relative to the root; an entry
     * ending in {@code /*} stands for the jars in that folder, as with {@code java -cp}.
     */
    static List<Path> classpath(String value, Path root) {
        List<Path> entries = new ArrayList<>();
        for (String entry : list(value == null ? null : value.replace(java.io.File.pathSeparatorChar, ','))) {
            if (entry.endsWith("/*")) {
                entries.addAll(jarsIn(root.resolve(entry.substring(0, entry.length() - 2)).normalize()));
            } else {
                entries.add(root.resolve(entry).normalize());
            }
        }
        return entries;
    }

    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of(folder); // reported as missing when the model is read
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
