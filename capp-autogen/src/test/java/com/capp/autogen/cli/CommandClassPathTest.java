package com.capp.autogen.cli;

import com.capp.autogen.TestProject;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher starts the commands of src/launcher/slim-classpath.txt with the tool and the few jars that file
 * names (bin/capp-autogen): each of those commands, on its ways to success and to its usual errors, runs here
 * in a JVM of its own with just that class path, on a real PostgreSQL. A class from any other jar would end
 * the run with a NoClassDefFoundError.
 */
@ExtendWith(PostgresExtension.class)
class CommandClassPathTest {

    static final Path SLIM = Path.of("src/launcher/slim-classpath.txt");

    private static List<String> commands;
    private static String classPath;

    @BeforeAll
    static void readTheLaunchersList() throws IOException {
        List<String> jars = entry("jars");
        commands = entry("commands");
        List<String> path = new ArrayList<>(List.of(Path.of("target/classes").toAbsolutePath().toString()));
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String file = Path.of(element).getFileName().toString();
            if (jars.stream().anyMatch(jar -> file.matches(java.util.regex.Pattern.quote(jar) + "-[0-9].*\\.jar"))) {
                path.add(element);
            }
        }
        assertEquals(jars.size() + 1, path.size(), "each listed jar once, beside the tool's classes: " + path);
        classPath = String.join(File.pathSeparator, path);
    }

    @Test
    void everySlimCommandRunsWithTheSlimClassPath(TestDatabase db) throws Exception {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);
        Map<String, String> env = Map.of("DATABASE_URL", TestProject.url(db.createDatabase()));
        List<List<String>> runs = List.of(
                List.of("upgrade", "head", "--sql"), List.of("upgrade", "head"), List.of("current", "--verbose"),
                List.of("heads"), List.of("history"), List.of("branches"), List.of("show", "0002"),
                List.of("downgrade", "0002:0001", "--sql"), List.of("downgrade", "0001"), List.of("stamp", "0002"),
                List.of("ensure_version"), List.of("repair"), List.of("upgrade", "head"));
        List<String> covered = new ArrayList<>();
        for (List<String> args : runs) {
            ProcessRun run = slim(project, env, args);
            assertEquals(0, run.code(), args + ": " + run);
            covered.add(args.get(0));
        }
        assertTrue(covered.containsAll(commands), "every listed command ran: " + commands + " vs " + covered);
    }

    @Test
    void theirUsualErrorsAreReportedNotCrashedOn(TestDatabase db) throws Exception {
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);
        Map<String, String> unreachable = Map.of("DATABASE_URL", "postgresql://someone:s3cret@127.0.0.1:1/nowhere");
        ProcessRun noServer = slim(project, unreachable, List.of("current"));
        assertEquals(1, noServer.code(), noServer.toString());
        assertTrue(noServer.err().contains("127.0.0.1:1"), noServer.toString());

        ProcessRun noUrl = slim(project, Map.of(), List.of("upgrade", "head"));
        assertEquals(2, noUrl.code(), noUrl.toString());

        ProcessRun badRevision = slim(project, Map.of("DATABASE_URL", TestProject.url(db.createDatabase())),
                List.of("upgrade", "nosuchrevision"));
        assertEquals(1, badRevision.code(), badRevision.toString());
        assertTrue(badRevision.err().contains("nosuchrevision"), badRevision.toString());

        ProcessRun help = slim(project, Map.of(), List.of("upgrade", "--help"));
        assertEquals(0, help.code(), help.toString());
    }

    private static ProcessRun slim(TestProject project, Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath, Main.class.getName()));
        command.addAll(args);
        ProcessRun run = ProcessRun.of(command, project.root(), env, 2);
        for (String missing : List.of("NoClassDefFoundError", "ClassNotFoundException")) {
            assertFalse(run.err().contains(missing) || run.out().contains(missing), args + ": " + run);
        }
        return run;
    }

    private static List<String> entry(String key) throws IOException {
        return Files.readAllLines(SLIM).stream().filter(line -> line.startsWith(key + " "))
                .map(line -> Arrays.asList(line.substring(key.length()).trim().split("\\s+"))).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + key + "' line in " + SLIM));
    }
}
