package com.capp.autogen.maven;

import com.capp.autogen.embed.CappAutogen;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Runs the downgrades down to {@code -Dtarget} (a revision id, {@code -N} or {@code base}; no default). */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class DowngradeMojo extends AbstractCappAutogenMojo {

    /** The revision to go down to: an id, {@code -1}, or {@code base} (everything). */
    @Parameter(property = "target", required = true)
    String target;

    @Override
    void run(CappAutogen autogen) {
        getLog().info(Revisions.outcome(autogen.downgrade(target), "downgrade"));
    }
}
