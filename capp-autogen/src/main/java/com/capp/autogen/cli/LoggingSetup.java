package com.capp.autogen.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * Keeps library chatter off the terminal: libraries log through java.util.logging and
 * Hibernate through jboss-logging. Both are routed or capped here, before either class loads;
 * {@code --debug} lets everything through.
 *
 * <p>Nothing here starts a logging framework: a command that logs nothing (`heads`, `history`) pays
 * for none. java.util.logging reads {@link QuietLibraries} when a library first asks for a logger,
 * and SLF4J is told its provider rather than searching every jar on the class path for one
 * (each search opens all ~30 jars: a tenth of a short command).
 */
final class LoggingSetup {

    private LoggingSetup() {
    }

    static void configure(boolean debug) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
        // SLF4J would announce the provider it was told on stderr; its warnings still show.
        System.setProperty("slf4j.internal.verbosity", "WARN");
        if (debug) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            return;
        }
        System.setProperty("java.util.logging.config.class", QuietLibraries.class.getName());
    }

    /** java.util.logging's configuration for a CLI run: severe messages only, and no handler prints them. */
    public static final class QuietLibraries {

        public QuietLibraries() throws IOException {
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream("handlers=\n.level=SEVERE\n".getBytes(StandardCharsets.ISO_8859_1)));
        }
    }
}
