package com.capp.autogen.maven;

import com.capp.autogen.embed.CappAutogen;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Runs the migrations up to {@code -Dtarget} (default {@code head}) on the configured database. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class UpgradeMojo extends AbstractCappAutogenMojo {

    /** {@code head}, {@code heads}, {@code +N} or a revision id. */
    @Parameter(property = "target", defaultValue = "head")
    String target;

    @Override
    void run(CappAutogen autogen) {
        getLog().info(Revisions.outcome(autogen.upgrade(target), "upgrade"));
    }
}
