package com.capp.autogen.cli;

import java.nio.file.Path;
import java.util.Map;

/** What the CLI takes from its process: working directory and environment variables (tests pass their own). */
public record CliEnvironment(Path workingDirectory, Map<String, String> variables) {

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    public static CliEnvironment system() {
        return new CliEnvironment(Path.of("").toAbsolutePath(), System.getenv());
    }
}
