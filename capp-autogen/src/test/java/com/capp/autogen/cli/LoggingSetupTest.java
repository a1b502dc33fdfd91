package com.capp.autogen.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a JVM of its own: logging set-up is process-wide and happens once, before any library logs. */
class LoggingSetupTest {

    @Test
    void librariesLoggingThroughJavaUtilLoggingAreSilentAndSlf4jNamesNoProvider() throws Exception {
        ProcessRun run = probe("quiet");

        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("root level SEVERE"), run::toString);
        assertFalse(run.err().contains("library warning") || run.err().contains("library severe"), run::toString);
        assertFalse(run.err().contains("SLF4J"), run::toString);
        assertTrue(run.err().contains("capp warning"), run::toString); // the tool's own logger still speaks
    }

    @Test
    void debugLetsJavaUtilLoggingThrough() throws Exception {
        ProcessRun run = probe("debug");

        assertEquals(0, run.code(), run::toString);
        assertTrue(run.err().contains("library warning"), run::toString);
    }

    private static ProcessRun probe(String mode) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return ProcessRun.of(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                LoggingProbe.class.getName(), mode), Path.of("."), Map.of(), 2);
    }
}
