package com.capp.autogen.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps library chatter off the terminal: libraries log through java.util.logging and
 * Hibernate through jboss-logging. Both are routed or capped here, before either class loads;
 * {@code --debug} lets everything through.
 */
final class LoggingSetup {

    private LoggingSetup() {
    }

    static void configure(boolean debug) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        if (debug) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            return;
        }
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.SEVERE);
    }
}
