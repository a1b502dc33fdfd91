package com.capp.autogen.app;

import com.capp.autogen.config.ConfigException;
import com.capp.autogen.config.ConfigLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code init}: Alembic's {@code init} for a JPA project. Writes capp-autogen.properties (every key,
 * explained), the migration template, an empty migrations folder and a .env.example. Refuses, and
 * writes nothing, when any of them already exists.
 */
public final class InitUseCase {

    private static final String INIT = "/capp-autogen/init/";
    private static final String TEMPLATE = "/capp-autogen/templates/migration.java.ftl";

    /** The values written into the new capp-autogen.properties. */
    public record Settings(String modelPackages, String modelClasspath, String migrationsPackage) {
    }

    /** The files and folder written, in order. */
    public List<Path> run(Path dir, Settings settings) {
        Path root = dir.toAbsolutePath().normalize();
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(root.resolve(ConfigLoader.FILE_NAME), properties(settings));
        files.put(root.resolve("templates/migration.java.ftl"), resource(TEMPLATE));
        files.put(root.resolve(".env.example"), resource(INIT + "env.example"));
        Path migrations = root.resolve("migrations");
        List<Path> existing = files.keySet().stream().filter(Files::exists).toList();
        if (!existing.isEmpty() || isNonEmptyFolder(migrations)) {
            throw new ConfigException("Not initialising " + root + ": " + (existing.isEmpty() ? migrations : existing.get(0))
                    + " already exists", "Run init in a new folder (capp-autogen init DIR); nothing was written.");
        }
        try {
            Files.createDirectories(migrations);
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Files.createDirectories(file.getKey().getParent());
                Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + root, e);
        }
        List<Path> written = new java.util.ArrayList<>(files.keySet());
        written.add(1, migrations);
        return written;
    }

    private static boolean isNonEmptyFolder(Path folder) {
        if (!Files.exists(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    private static String properties(Settings s) {
        return resource(INIT + ConfigLoader.FILE_NAME)
                .replace("${modelPackages}", escaped(s.modelPackages()))
                .replace("${modelClasspath}", escaped(s.modelClasspath()))
                .replace("${migrationsPackage}", escaped(s.migrationsPackage()));
    }

    /** A properties value: backslashes doubled, line breaks escaped, so the file reads back as given. */
    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String resource(String name) {
        try (InputStream in = InitUseCase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in the capp-autogen jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
