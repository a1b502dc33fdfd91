package com.capp.autogen.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The database URL from {@code --url}, else the environment's DATABASE_URL, else DATABASE_URL in .env. */
public final class DatabaseUrlResolver {

    public static final String VARIABLE = "DATABASE_URL";

    private final Map<String, String> environment;
    private final Path projectRoot;

    public DatabaseUrlResolver(Map<String, String> environment, Path projectRoot) {
        this.environment = environment;
        this.projectRoot = projectRoot;
    }

    public DatabaseUrl resolve(String commandLineUrl) {
        return find(commandLineUrl).orElseThrow(this::noUrl);
    }

    /** The configured URL, if any: zero-config commands use the embedded dev database without one. */
    public Optional<DatabaseUrl> find(String commandLineUrl) {
        if (commandLineUrl != null && !commandLineUrl.isBlank()) {
            return Optional.of(DatabaseUrl.parse(commandLineUrl));
        }
        String fromEnvironment = environment.get(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(DatabaseUrl.parse(fromEnvironment));
        }
        return Optional.ofNullable(dotEnv()).filter(url -> !url.isBlank()).map(DatabaseUrl::parse);
    }

    private ConfigException noUrl() {
        return new ConfigException("No database URL: none given with --url, in the environment (" + VARIABLE
                + "), or in " + projectRoot.resolve(".env"),
                "Add DATABASE_URL=postgresql://user:password@localhost:5432/capp_db to .env, or pass --url.");
    }

    private String dotEnv() {
        Path file = projectRoot.resolve(".env");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return DotEnv.parse(Files.readString(file, StandardCharsets.UTF_8), environment).get(VARIABLE);
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage(), "");
        }
    }
}
