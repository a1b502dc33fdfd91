package com.capp.autogen.cli;

import org.slf4j.LoggerFactory;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Main of {@link LoggingSetupTest}'s child JVM: sets logging up as the CLI does, then logs as a library and as the tool. */
final class LoggingProbe {

    private LoggingProbe() {
    }

    public static void main(String[] args) {
        LoggingSetup.configure(args[0].equals("debug"));
        Logger library = Logger.getLogger("org.postgresql.Driver");
        library.warning("library warning");
        library.severe("library severe");
        LoggerFactory.getLogger("LoggingProbe").warn("capp warning");
        System.out.println("root level " + Logger.getLogger("").getLevel());
    }
}
