package com.capp.autogen.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin is a client of the public Java API: it imports nothing of capp-autogen but {@code embed}. */
class PublicApiOnlyTest {

    @Test
    void thePluginImportsOnlyTheEmbedPackage() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 10, "sources not found: " + sources);
        List<String> internal = sources.stream().flatMap(PublicApiOnlyTest::lines)
                .filter(line -> line.matches("import (static )?com\\.capp\\.autogen\\..*")
                        && !line.matches("import (static )?com\\.capp\\.autogen\\.(embed|maven)\\..*"))
                .toList();
        assertEquals(List.of(), internal);
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
