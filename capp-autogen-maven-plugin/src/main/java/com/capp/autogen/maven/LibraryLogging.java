package com.capp.autogen.maven;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' chatter (Hibernate's java.util.logging INFO lines, the
 * embedded server's output) out of the build log, as the CLI does; {@code mvn -X} shows it all.
 * Only these libraries' loggers are touched: the rest of the build logs as configured.
 */
final class LibraryLogging {

    /** Held here: java.util.logging keeps its loggers weakly, and a collected one forgets its level. */
    private static final List<Logger> CAPPED = List.of(Logger.getLogger("org.hibernate"));
    private static final String EMBEDDED_SERVER = "org.slf4j.simpleLogger.log.io.zonky.test";

    private LibraryLogging() {
    }

    static void quiet() {
        CAPPED.forEach(logger -> logger.setLevel(Level.SEVERE));
        // read by Maven's SLF4J logger when the embedded server's logger is created; a -D given wins
        if (System.getProperty(EMBEDDED_SERVER) == null) {
            System.setProperty(EMBEDDED_SERVER, "warn");
        }
    }
}
