package com.capp.autogen.maven;

import com.capp.autogen.embed.CappAutogen;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Logs every revision of the project, newest first (read from the migrations; no database). */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class HistoryMojo extends AbstractCappAutogenMojo {

    @Override
    void run(CappAutogen autogen) {
        autogen.history().forEach(entry -> getLog().info(Revisions.line(entry)));
    }
}
