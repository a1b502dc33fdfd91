package com.capp.autogen.maven;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.RevisionEntry;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/** Logs the revisions the configured database is at. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class CurrentMojo extends AbstractCappAutogenMojo {

    @Override
    void run(CappAutogen autogen) {
        List<RevisionEntry> current = autogen.current();
        if (current.isEmpty()) {
            getLog().info("The database is at base (no revision applied).");
        }
        current.forEach(entry -> getLog().info(Revisions.line(entry)));
    }
}
