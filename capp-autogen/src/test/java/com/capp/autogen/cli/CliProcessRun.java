package com.capp.autogen.cli;

import com.capp.autogen.TestProject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The CLI as its own JVM in a project folder, zero-config on a given cache folder, its output merged. */
final class CliProcessRun {

    private final Process process;
    private final BufferedReader output;
    private final List<String> lines = new ArrayList<>();

    private CliProcessRun(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static CliProcessRun start(TestProject project, Path cache, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.root().toFile()).redirectErrorStream(true);
        builder.environment().remove("DATABASE_URL");
        builder.environment().put("CAPP_AUTOGEN_CACHE", cache.toString());
        return new CliProcessRun(builder.start());
    }

    Process process() {
        return process;
    }

    /** Reads output until a line matches; false if the process ended first. */
    boolean awaitLine(Predicate<String> wanted) throws IOException {
        for (String line; (line = output.readLine()) != null; ) {
            lines.add(line);
            if (wanted.test(line)) {
                return true;
            }
        }
        return false;
    }

    /** Waits for the end (at most 120 s) and returns the exit code; {@link #output()} then holds everything. */
    int finish() throws IOException, InterruptedException {
        awaitLine(line -> false);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not finish:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        return String.join("\n", lines);
    }
}
