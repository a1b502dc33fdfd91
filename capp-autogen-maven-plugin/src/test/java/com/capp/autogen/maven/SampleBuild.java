package com.capp.autogen.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The sample project of {@code src/it/sample}, copied into a folder and built with real Maven (the
 * one running this build). Its local repository holds this plugin and its dependencies (the
 * invoker's {@code install}); everything else is read from the build's own local repository through
 * a {@code file://} repository listed before Central, so the builds need no network.
 */
final class SampleBuild {

    private static final Path SAMPLE = Path.of("src/it/sample");
    private static final Path DEV_CACHE = Path.of("target/it-dev-cache").toAbsolutePath();

    private final Path root;
    private final Path settings;

    private SampleBuild(Path root, Path settings) {
        this.root = root;
        this.settings = settings;
    }

    /** A fresh copy of the sample in {@code dir/shop}; {@code servers} are settings.xml entries (id, user, password). */
    static SampleBuild copyTo(Path dir, List<String[]> servers) throws IOException {
        Path root = dir.resolve("shop");
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : files.toList()) {
                Path target = root.resolve(SAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.writeString(target, filtered(Files.readString(file)));
                }
            }
        }
        return new SampleBuild(root, Files.writeString(dir.resolve("settings.xml"), settingsXml(servers)));
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    /** Runs {@code mvn -B <arguments>} in the project; output is stdout and stderr together. */
    Result mvn(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenExecutable().toString(), "-B", "-ntp", "-s", settings.toString(),
                "-Dmaven.repo.local=" + property("capp.it.repository"), "-Dstyle.color=never"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().remove("DATABASE_URL");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("CAPP_AUTOGEN_CACHE", Files.createDirectories(DEV_CACHE).toString());
        Path log = Files.createTempFile(root.getParent(), "mvn", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException(command + " did not finish in 5 minutes");
            }
            return new Result(process.exitValue(), Files.readString(log));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** The embedded servers of the sample builds still running (a goal must stop the one it started). */
    static long embeddedServersRunning() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().commandLine().map(line -> line.contains(DEV_CACHE.toString())).orElse(false))
                .count();
    }

    record Result(int code, String output) {
        @Override
        public String toString() {
            return "exit " + code + "\n" + output;
        }
    }

    private static String filtered(String text) {
        return text.replace("@project.version@", property("capp.plugin.version"))
                .replace("@jakarta.persistence.version@", property("capp.jakarta.persistence.version"));
    }

    private static String settingsXml(List<String[]> servers) {
        String buildRepository = Path.of(property("capp.build.repository")).toUri().toString();
        StringBuilder serverXml = new StringBuilder();
        for (String[] server : servers) {
            serverXml.append("<server><id>").append(server[0]).append("</id><username>").append(server[1])
                    .append("</username><password>").append(server[2]).append("</password></server>");
        }
        String repository = "<id>build-local</id><url>" + buildRepository + "</url><snapshots><enabled>false</enabled></snapshots>";
        return """
                <settings>
                  <servers>%s</servers>
                  <profiles><profile><id>build-local</id>
                    <repositories><repository>%s</repository></repositories>
                    <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>build-local</activeProfile></activeProfiles>
                </settings>
                """.formatted(serverXml, repository, repository);
    }

    private static Path mavenExecutable() {
        Path mvn = Path.of(property("maven.home"), "bin", "mvn");
        if (!Files.isExecutable(mvn)) {
            throw new IllegalStateException("no Maven at " + mvn + " (maven.home)");
        }
        return mvn;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set (run through mvn verify)");
        }
        return value;
    }

    static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " holds no '" + from + "'");
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
