package com.capp.autogen.cli;

import com.capp.autogen.DevProcesses;
import com.capp.autogen.SampleProject;
import com.capp.autogen.TestProject;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar ({@code java -jar capp-autogen-<version>-cli.jar}) as a process, outside this
 * checkout, on the init sample project: nothing on its class path but the jar itself.
 */
@ExtendWith(PostgresExtension.class)
class CliJarIT {

    private static final Path JAR = Path.of(System.getProperty("capp.cli.jar", "target/capp-autogen-cli.jar"));

    @Test
    void theWholeWorkflowRunsFromTheJar(TestDatabase database, @TempDir Path dir) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the CLI jar was not built: " + JAR);
        Map<String, String> env = Map.of("DATABASE_URL", TestProject.url(database));
        Path project = dir.resolve("shop");
        assertEquals(0, jar(dir, env, "init", "shop", "--model-package", SampleProject.MODEL_PACKAGE,
                "--model-classpath", SampleProject.CLASSES, "--migrations-package", SampleProject.MIGRATIONS_PACKAGE).code());
        SampleProject.compileEntities(project);

        ProcessRun revision = jar(project, env, "revision", "--autogenerate", "-m", "create shop");
        assertEquals(0, revision.code(), revision.toString());
        assertEquals(0, jar(project, env, "upgrade", "head").code());
        ProcessRun check = jar(project, env, "check");
        assertEquals(0, check.code(), check.toString());
        assertEquals("No new upgrade operations detected.\n", check.out());

        // zero-config: no database configured, the migrations are replayed into the embedded server
        Path cache = Files.createDirectories(SampleProject.DEV_CACHE);
        ProcessRun zeroConfig = jar(project, Map.of("CAPP_AUTOGEN_CACHE", cache.toString()), "check");
        assertEquals(0, zeroConfig.code(), zeroConfig.toString());
        assertTrue(zeroConfig.err().contains("Replaying 1 migration into the dev database"), zeroConfig.err());
        assertEquals(0, DevProcesses.awaitNoPostgresUnder(cache, 10), "a postgres process outlived the command");
    }

    @Test
    void migrationsFromAJarOnTheClasspath(TestDatabase classDatabase, @TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", TestProject.url(classDatabase.createDatabase()));
        Path project = dir.resolve("shop");
        jar(dir, env, "init", "shop", "--model-package", SampleProject.MODEL_PACKAGE,
                "--model-classpath", SampleProject.CLASSES, "--migrations-package", SampleProject.MIGRATIONS_PACKAGE);
        SampleProject.compileEntities(project);
        ProcessRun revision = jar(project, env, "revision", "--autogenerate", "-m", "create shop");
        assertEquals(0, revision.code(), revision.toString());
        Path migrationsJar = packageMigrations(project);
        Files.move(project.resolve("migrations"), dir.resolve("migrations-moved-away"));

        ProcessRun upgrade = jar(project, env, "upgrade", "head", "--classpath", migrationsJar.toString());
        assertEquals(0, upgrade.code(), upgrade.toString());
        ProcessRun current = jar(project, env, "current", "--classpath", migrationsJar.toString());
        assertEquals("0001 (head)\n", current.out(), current.toString());
        ProcessRun noJar = jar(project, env, "current", "--classpath", "no-such.jar");
        assertEquals(2, noJar.code(), noJar.toString());
        assertTrue(noJar.err().contains("no-such.jar does not exist"), noJar.err());
    }

    /** Compiles the project's migration sources against the CLI jar and jars them, classes and sources. */
    private static Path packageMigrations(Path project) throws IOException {
        Path sources = project.resolve("migrations");
        Path classes = Files.createDirectories(project.resolve("build/migrations"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", JAR.toString(), "-proc:none"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        files.forEach(f -> args.add(f.toString()));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        Path jar = project.resolve("build/shop-migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            java.util.Set<String> written = new java.util.HashSet<>();
            add(out, classes, written);
            add(out, sources, written);
        }
        return jar;
    }

    /** Folders as entries too, as jar and Maven write them (package scans look folders up). */
    private static void add(JarOutputStream out, Path root, java.util.Set<String> written) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(file);
                if (!written.add(name)) {
                    continue; // a package folder both trees have
                }
                out.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
    }

    private static ProcessRun jar(Path workingDir, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return ProcessRun.of(command, workingDir, env, 5);
    }
}
