package com.capp.autogen.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the CLI takes from its process: working directory, environment variables and, when input
 * is interactive, the terminal to ask confirmations on (null otherwise). Tests pass their own.
 */
public record CliEnvironment(Path workingDirectory, Map<String, String> variables, Terminal terminal) {

    /** A line typed in answer to a prompt. */
    public interface Terminal {
        String readLine(String prompt);
    }

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** Not interactive: questions cannot be asked. */
    public CliEnvironment(Path workingDirectory, Map<String, String> variables) {
        this(workingDirectory, variables, null);
    }

    public static CliEnvironment system() {
        Console console = System.console();
        Terminal terminal = console == null ? null : prompt -> console.readLine("%s", prompt);
        return new CliEnvironment(Path.of("").toAbsolutePath(), System.getenv(), terminal);
    }
}
