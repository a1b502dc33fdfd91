package com.capp.autogen.cli;

import com.capp.autogen.config.ConfigException;
import com.capp.autogen.config.DatabaseUrl;
import com.capp.autogen.embed.CappAutogenException;
import com.capp.autogen.model.ModelException;
import com.capp.autogen.revision.RevisionException;
import com.capp.autogen.runtime.LockTimeoutFailure;
import com.capp.autogen.runtime.RuntimeFailure;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * Maps failures to exit codes and a message that says what to do: {@code FAILED: ...} plus a hint
 * line, as Alembic prints. Stack traces only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    static final int OPERATIONAL_FAILURE = 1;
    static final int CONFIGURATION_ERROR = 2;
    /** 128 + SIGINT, what a shell reports for Ctrl-C. */
    static final int INTERRUPTED = 130;

    @Override
    public int handleExecutionException(Exception thrown, CommandLine commandLine, ParseResult parseResult) {
        Exception ex = stageFailure(thrown);
        if (shuttingDown()) {
            return INTERRUPTED; // Ctrl-C or SIGTERM stopped the dev server under the command: not a failure to report
        }
        PrintWriter err = commandLine.getErr();
        String hint = "";
        int code = OPERATIONAL_FAILURE;
        if (ex instanceof ConfigException config) {
            hint = config.hint();
            code = CONFIGURATION_ERROR;
        } else if (ex instanceof CappAutogenException api) {
            hint = api.hint();
            code = api.kind() == CappAutogenException.Kind.CONFIGURATION ? CONFIGURATION_ERROR : OPERATIONAL_FAILURE;
        } else if (ex instanceof ModelException model) {
            hint = model.hint();
            code = CONFIGURATION_ERROR;
        } else if (ex instanceof RevisionException revision) {
            hint = revision.hint();
        } else if (ex instanceof RuntimeFailure failure) {
            hint = failure.hint();
            code = ex instanceof LockTimeoutFailure ? ExitCodes.ERROR : OPERATIONAL_FAILURE;
        } else {
            hint = "Unexpected error; rerun with --debug for the stack trace.";
        }
        if (commandLine.getCommand() instanceof DriftCommand) {
            code = ExitCodes.ERROR; // 1 already means "the schemas differ"
        }
        err.println("FAILED: " + DatabaseUrl.mask(message(ex))); // masks any URL credentials that reached a message
        if (!hint.isEmpty()) {
            err.println("  " + DatabaseUrl.mask(hint));
        }
        if (parseResult.expandedArgs().contains("--debug") || parseResult.expandedArgs().contains("--raiseerr")) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * The stage's own exception behind the Java API's: commands run through the API, and the exit
     * code tells a configuration error, a lock timeout and a failed run apart by it.
     */
    private static Exception stageFailure(Exception thrown) {
        return thrown instanceof CappAutogenException && thrown.getCause() instanceof Exception cause ? cause : thrown;
    }

    /** The JVM refuses new shutdown hooks once it is shutting down. */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static String message(Exception ex) {
        String message = ex.getMessage();
        return message == null || ex.getClass().getName().startsWith("java.") ? ex.toString() : message;
    }
}
