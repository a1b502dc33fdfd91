package com.capp.autogen.maven;

import com.capp.autogen.embed.ProgressListener;
import org.apache.maven.plugin.logging.Log;

/** The tool's progress lines ({@code Running upgrade ...}) as the build's log lines. */
record MavenProgress(Log log) implements ProgressListener {

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warning(String line) {
        log.warn(line);
    }
}
