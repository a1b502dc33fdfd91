package com.capp.autogen.maven;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.DriftReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The drift gate of {@code mvn verify}: fails the build when the entities hold changes that no
 * migration carries, listing them. Compares the entities with the configured database (which must
 * be at head), or, with none configured, with the schema the migrations produce in an embedded
 * PostgreSQL (nothing to install).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class CheckMojo extends AbstractCappAutogenMojo {

    @Override
    boolean skipsPomModules() {
        return true; // bound to verify, so inherited by a parent declaring it for its modules
    }

    @Override
    void run(CappAutogen autogen) throws MojoFailureException {
        DriftReport report = autogen.check();
        if (report instanceof DriftReport.Drift drift) {
            throw new MojoFailureException(DriftText.of(drift));
        }
        getLog().info("No new upgrade operations detected.");
    }
}
