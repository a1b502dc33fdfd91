package com.capp.autogen;

import com.capp.autogen.app.Project;
import com.capp.autogen.cli.CliEnvironment;
import com.capp.autogen.cli.Main;
import com.capp.autogen.config.ConfigLoader;
import com.capp.autogen.model.ModelSpec;
import com.capp.testsupport.TestDatabase;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throwaway project folder: capp-autogen.properties pointing at a migrations folder, wired to a
 * test database. CAPP's real migrations are compiled from ../migrations, the same way the CLI does.
 */
public final class TestProject {

    public static final Path CAPP_MIGRATIONS = Path.of("../migrations/src/main/java").toAbsolutePath().normalize();
    /** CAPP's entities, on the test classpath (capp-model is a test-scope dependency). */
    public static final ModelSpec CAPP_MODEL = new ModelSpec(List.of("com.capp.model"), List.of(), null);
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

    private final Path root;
    private final Map<String, String> environment;

    private TestProject(Path root, Map<String, String> environment) {
        this.root = root;
        this.environment = environment;
    }

    /** A project whose migrations folder is a copy of {@code migrations} (so tests may edit it). */
    public static TestProject copyOf(Path migrations, TestDatabase database, String... extraProperties) {
        try {
            Path root = Files.createTempDirectory("capp-project");
            copyTree(migrations, root.resolve("migrations"));
            StringBuilder properties = new StringBuilder("migrations.location=migrations\n");
            if (migrations.equals(CAPP_MIGRATIONS)) {
                properties.append("model.packages=com.capp.model\n"); // as CAPP's capp-autogen.properties says
            }
            for (String line : extraProperties) {
                properties.append(line).append('\n');
            }
            Files.writeString(root.resolve(ConfigLoader.FILE_NAME), properties);
            Map<String, String> env = database == null ? Map.of() : Map.of("DATABASE_URL", url(database));
            return new TestProject(root, env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String url(TestDatabase database) {
        StringBuilder url = new StringBuilder(database.jdbcUrl());
        if (database.user() != null) {
            url.append(url.indexOf("?") < 0 ? '?' : '&').append("user=").append(database.user());
        }
        if (database.password() != null) {
            url.append(url.indexOf("?") < 0 ? '?' : '&').append("password=").append(database.password());
        }
        return url.toString();
    }

    public Path root() {
        return root;
    }

    public Path migrations() {
        return root.resolve("migrations");
    }

    public Project project() {
        return new Project(ConfigLoader.load(root.resolve(ConfigLoader.FILE_NAME)), environment, null,
                Clock.systemDefaultZone());
    }

    public Run run(String... args) {
        return run(environment, args);
    }

    public Run run(Map<String, String> env, String... args) {
        return runIn(root, env, args);
    }

    /** One in-process CLI run with {@code workingDir} as its working directory. */
    public static Run runIn(Path workingDir, Map<String, String> env, String... args) {
        return run(new CliEnvironment(workingDir, env), args);
    }

    /** A run whose input is interactive: {@code terminal} answers its questions. */
    public Run runOnTerminal(CliEnvironment.Terminal terminal, String... args) {
        return run(new CliEnvironment(root, environment, terminal), args);
    }

    private static Run run(CliEnvironment cliEnvironment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(cliEnvironment, List.of(args)); // as main() does
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Exit code, stdout and stderr of one CLI run. */
    public record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
