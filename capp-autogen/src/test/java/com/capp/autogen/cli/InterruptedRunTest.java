package com.capp.autogen.cli;

import com.capp.autogen.DevProcesses;
import com.capp.autogen.TestProject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A zero-config run stopped from outside (Ctrl-C, CI cancel: SIGINT/SIGTERM) stops its embedded server too. */
class InterruptedRunTest {

    @Test
    void terminatingTheCliStopsTheEmbeddedServer() throws Exception {
        Path cache = Files.createTempDirectory(Path.of("target"), "interrupted-cache").toAbsolutePath();
        TestProject project = TestProject.copyOf(TestProject.CAPP_MIGRATIONS, null);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check"))
                .directory(project.root().toFile())
                .redirectErrorStream(true);
        builder.environment().remove("DATABASE_URL");
        builder.environment().put("CAPP_AUTOGEN_CACHE", cache.toString());
        Process cli = builder.start();

        boolean serverUp = false;
        BufferedReader output = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = output.readLine()) != null; ) {
            if (line.contains("Embedded PostgreSQL ready")) {
                serverUp = DevProcesses.postgresUnder(cache) > 0;
                cli.toHandle().destroy(); // SIGTERM, as on Ctrl-C; unlike Process.destroy it keeps the output open
                break;
            }
        }
        String afterSigterm = readRest(output);
        assertTrue(cli.waitFor(30, TimeUnit.SECONDS), "the CLI did not exit after SIGTERM");
        assertFalse(afterSigterm.contains("FAILED") || afterSigterm.toLowerCase().contains("connection"),
                "Ctrl-C / SIGTERM exits quietly, not with the dropped connection's error: " + afterSigterm);
        assertTrue(serverUp, "the embedded server should have been running when the CLI was stopped");
        assertEquals(143, cli.exitValue(), "the CLI should have died of SIGTERM mid-run, not finished");
        assertEquals(0, DevProcesses.awaitNoPostgresUnder(cache, 10), "postgres outlived the terminated CLI");
    }

    @Test
    void ctrlCWhileAStatementRunsExitsQuietly() throws Exception {
        Path cache = Files.createTempDirectory(Path.of("target"), "interrupted-cache").toAbsolutePath();
        TestProject project = TestProject.copyOf(Files.createTempDirectory("sleepy-migrations"), null);
        Path fx = Files.createDirectories(project.migrations().resolve("fx"));
        Files.writeString(fx.resolve("Sleepy.java"), """
                package fx;
                import com.capp.autogen.api.*;
                @Revision(id = "0001", message = "sleepy")
                public class Sleepy extends Migration {
                    @Override public void upgrade(Op op) { op.execute("SELECT pg_sleep(30)"); }
                    @Override public void downgrade(Op op) { }
                }
                """);
        CliProcessRun run = CliProcessRun.start(project, cache, "check", "--model-package", "com.capp.autogen.fixtures.widgets.v1");
        assertTrue(run.awaitLine(line -> line.contains("0001 sleepy")), run.output());
        Thread.sleep(500); // the statement is running on the server
        run.process().toHandle().destroy(); // SIGTERM, as on Ctrl-C: the shutdown hook stops the server under it
        int code = run.finish();

        String output = run.output();
        String afterSigterm = output.substring(output.indexOf("0001 sleepy"));
        assertEquals(143, code, output);
        assertFalse(afterSigterm.contains("FAILED") || afterSigterm.toLowerCase().contains("connection"),
                "Ctrl-C exits quietly, not with the dropped connection's error: " + afterSigterm);
        assertEquals(0, DevProcesses.awaitNoPostgresUnder(cache, 10), "postgres outlived the terminated CLI");
    }

    private static String readRest(BufferedReader output) throws IOException {
        StringBuilder rest = new StringBuilder();
        for (String line; (line = output.readLine()) != null; ) {
            rest.append(line).append('\n');
        }
        return rest.toString();
    }
}
