package com.capp.autogen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The CLI as its own JVM, with stdout, stderr and log output captured together; killed if it hangs. */
final class RealCli {

    private static final long LIMIT_SECONDS = 60;

    private RealCli() {
    }

    static ConnectionHardeningTest.Result run(Path workingDir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("cli-output", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().put("CAPP_AUTOGEN_CACHE", workingDir.resolve("target/dev-cache").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("capp-autogen " + String.join(" ", args) + " still running after "
                        + LIMIT_SECONDS + " s:\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new ConnectionHardeningTest.Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
