package com.capp.autogen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One child process run to its end (or killed, with what it started, at the time limit): exit code and output. */
record ProcessRun(int code, String out, String err) {

    static ProcessRun of(List<String> command, Path workingDir, Map<String, String> env, int timeoutMinutes)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().remove("DATABASE_URL"); // only what the test gives
        builder.environment().putAll(env);
        Path out = Files.createTempFile("process-out", ".txt");
        Path err = Files.createTempFile("process-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                throw new IllegalStateException(command + " did not finish in " + timeoutMinutes + " minutes");
            }
            return new ProcessRun(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
