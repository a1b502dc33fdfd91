package com.capp.autogen.cli;

/** The exit codes of the autogenerate commands, documented in their help. */
final class ExitCodes {

    static final int MATCHING = 0;
    static final int DIFFERENCES = 1;
    static final int ERROR = 2;

    private ExitCodes() {
    }
}
