package com.capp.autogen.bench;

import com.capp.testsupport.TestDatabase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The CLI as a separate JVM in the repository root (CAPP's migrations), against one database: how a
 * user or CI runs {@code check}. Uses the test classpath, so no class-data-sharing archive (it needs
 * jars); the launcher's archive takes about another 30% off.
 */
final class CheckProcess {

    private static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final Path REPOSITORY_ROOT = Path.of("..").toAbsolutePath().normalize();

    private final TestDatabase database;

    CheckProcess(TestDatabase database) {
        this.database = database;
    }

    void upgradeHead() throws IOException, InterruptedException {
        run("upgrade", "head");
    }

    /** Wall times of {@code check}, sorted, in milliseconds. */
    List<Long> times(int runs) throws IOException, InterruptedException {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(run("check"));
        }
        Collections.sort(millis);
        return millis;
    }

    private long run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(LAUNCHER_JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.capp.autogen.cli.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("--url", url()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY_ROOT.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.PIPE);
        long start = System.nanoTime();
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes());
        int code = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", args) + " exited " + code + ":\n" + err);
        }
        return millis;
    }

    private String url() {
        String separator = database.jdbcUrl().contains("?") ? "&" : "?";
        return database.jdbcUrl() + separator + "user=" + database.user()
                + (database.password() == null ? "" : "&password=" + database.password());
    }
}
