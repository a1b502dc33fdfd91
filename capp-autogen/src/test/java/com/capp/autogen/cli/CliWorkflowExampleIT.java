package com.capp.autogen.cli;

import com.capp.autogen.DevProcesses;
import com.capp.autogen.SampleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/github-actions-drift-check.yml cannot rot: the capp-autogen {@code run:} lines of each job
 * run here as a bash script, where the workflow would run them. The drift job runs in a fresh copy
 * of this repository (the launcher builds there, as on a new clone); the jar job runs in the init
 * sample project, with the jar this build made standing in for the one it fetches.
 */
class CliWorkflowExampleIT {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("capp.cli.jar", "target/capp-autogen-cli.jar"));

    @Test
    void theCheckoutJobPassesOnAFreshCopyOfThisRepository(@TempDir Path dir) throws Exception {
        List<String> lines = WorkflowExample.runLines().get("drift");
        assertEquals(List.of("bin/capp-autogen check", "bin/capp-autogen check --format json > schema-drift.json || true"),
                lines, "the test below runs exactly these lines; update it with the workflow");
        Path clone = freshCopy(dir.resolve("clone"));
        Path cache = Files.createDirectories(SampleProject.DEV_CACHE);
        ProcessRun run = script(clone, Map.of("CAPP_AUTOGEN_CACHE", cache.toString()), lines);
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("No new upgrade operations detected."), run.toString());
        assertTrue(Files.readString(clone.resolve("schema-drift.json")).contains("\"matching\": true"));
        assertEquals(0, DevProcesses.awaitNoPostgresUnder(cache, 10), "a postgres process outlived the workflow");
        startupArchiveLearnedFromTheSecondCheck(clone.resolve("capp-autogen/target/startup"));
    }

    /**
     * The first check on a new clone compiles the migrations and reads the entities, which later checks
     * do not (both are cached): the launcher learns its start-up archive from the second run, and the
     * archive holds no Hibernate class for every later start to map.
     */
    private static void startupArchiveLearnedFromTheSecondCheck(Path archives) throws Exception {
        assertTrue(Files.exists(archives.resolve("check.cold-once")), "the first check was not learned from");
        Path archive = null;
        for (int i = 0; i < 600 && archive == null; i++) { // the JDK 24+ cache is built in the background
            try (var files = Files.list(archives)) {
                archive = files.filter(f -> f.getFileName().toString().matches("check\\.jdk\\d+\\.(aot|jsa)")).findFirst()
                        .orElse(null);
            }
            if (archive == null) {
                Thread.sleep(100);
            }
        }
        assertTrue(archive != null, "the second check published an archive");
        byte[] bytes = Files.readAllBytes(archive);
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("com/capp/autogen/cli/Main"),
                "the archive names the classes it holds");
        assertFalse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("org/hibernate/boot/"),
                "no Hibernate class in the archive of a check that read the model from its cache");
    }

    @Test
    void theJarJobPassesOnTheInitSampleProject(@TempDir Path dir) throws Exception {
        List<String> lines = WorkflowExample.runLines().get("drift-jar");
        List<String> gate = lines.stream().filter(l -> l.contains("$CAPP_AUTOGEN_JAR\" check")).toList();
        List<String> setup = lines.stream().filter(l -> !gate.contains(l)).toList();
        assertEquals(2, gate.size(), lines.toString());
        // the setup lines fetch the jar and build the entities; this test does both itself
        assertEquals(2, setup.size(), setup.toString());
        assertTrue(setup.get(0).contains("com.capp:capp-autogen:${CAPP_AUTOGEN_VERSION}:jar:cli"), setup.get(0));
        assertTrue(setup.get(1).contains("compile"), setup.get(1));

        Path project = dir.resolve("shop");
        Map<String, String> env = Map.of("CAPP_AUTOGEN_JAR", JAR.toAbsolutePath().toString(),
                "CAPP_AUTOGEN_CACHE", Files.createDirectories(SampleProject.DEV_CACHE).toString());
        ProcessRun init = script(dir, env, List.of("java -jar \"$CAPP_AUTOGEN_JAR\" init shop --model-package "
                + SampleProject.MODEL_PACKAGE + " --model-classpath " + SampleProject.CLASSES));
        assertEquals(0, init.code(), init.toString());
        SampleProject.compileEntities(project);
        ProcessRun revision = script(project, env, List.of("java -jar \"$CAPP_AUTOGEN_JAR\" revision --autogenerate -m shop"));
        assertEquals(0, revision.code(), revision.toString());

        ProcessRun run = script(project, env, gate);
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("No new upgrade operations detected."), run.toString());
        assertTrue(Files.readString(project.resolve("schema-drift.json")).contains("\"matching\": true"));
    }

    /** The repository's files as a new clone has them: tracked and new, not ignored (no target/). */
    private static Path freshCopy(Path to) throws Exception {
        Process ls = new ProcessBuilder("git", "ls-files", "-co", "--exclude-standard").directory(REPOSITORY.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> files = new String(ls.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, ls.waitFor());
        for (String file : files) {
            Path source = REPOSITORY.resolve(file);
            if (Files.isRegularFile(source)) {
                Path target = to.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    private static ProcessRun script(Path dir, Map<String, String> env, List<String> lines) throws Exception {
        return ProcessRun.of(List.of("bash", "-eo", "pipefail", "-c", String.join("\n", lines)), dir, env, 10);
    }
}
