package com.capp.autogen.inspect;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SchemaCrawler logs through java.util.logging at INFO (a page of timings per crawl), which the
 * CLI's SLF4J configuration does not reach. Its chatter is this adapter's implementation detail, so
 * the adapter turns it down to warnings. The loggers are held here because java.util.logging keeps
 * only weak references: a level set on a logger nobody holds is lost when it is collected.
 */
final class SchemaCrawlerLogging {

    private static final List<Logger> LOGGERS = List.of(Logger.getLogger("schemacrawler"),
            Logger.getLogger("us.fatehi"));

    private SchemaCrawlerLogging() {
    }

    static void quiet() {
        LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
