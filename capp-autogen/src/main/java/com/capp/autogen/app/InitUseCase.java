package com.capp.autogen.app;

import com.capp.autogen.config.ConfigException;
import com.capp.autogen.config.ConfigLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code init}: Alembic's {@code alembic init}, a new project in a folder: the default
 * {@code capp-autogen.properties}, an empty migrations folder and the template to edit.
 * Refuses a folder that already is a project; writes nothing else, connects to nothing.
 */
public final class InitUseCase {

    private static final String PACKAGED = "/capp-autogen/";
    private static final String TEMPLATE = "templates/migration.java.ftl";
    private static final String MIGRATIONS = "migrations/src/main/java/com/capp/migrations";

    /** The folders and files created, in order. */
    public List<Path> run(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        Path config = root.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(config)) {
            throw new ConfigException(config + " already exists: this folder is a project",
                    "Run init in a new folder, or edit the existing file.");
        }
        List<Path> created = new ArrayList<>();
        try {
            created.add(Files.createDirectories(root.resolve(MIGRATIONS)));
            Path template = root.resolve(TEMPLATE);
            if (!Files.exists(template)) {
                created.add(copy(TEMPLATE, template));
            }
            created.add(copy(ConfigLoader.FILE_NAME, config));
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the project in " + root, e);
        }
    }

    private static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = InitUseCase.class.getResourceAsStream(PACKAGED + resource)) {
            if (in == null) {
                throw new IllegalStateException("the capp-autogen jar lacks " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
            return target;
        }
    }
}
