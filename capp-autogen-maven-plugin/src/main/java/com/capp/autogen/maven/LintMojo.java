package com.capp.autogen.maven;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.LintResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Reads the migrations for statements that can stall a busy database (rules in docs/LINT.md):
 * those not yet applied to the configured database, every one without a database, or
 * {@code -Drevisions=0002:head}. Fails the build on an error finding the migration does not allow.
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class LintMojo extends AbstractCappAutogenMojo {

    /** One revision or a {@code START:END} range instead of the pending ones. */
    @Parameter(property = "revisions")
    String revisions;

    @Override
    void run(CappAutogen autogen) throws MojoFailureException {
        LintResult result = autogen.lint(revisions);
        if (result.hasErrors()) {
            throw new MojoFailureException("capp-autogen: the migrations hold statements that can stall a busy database:\n  "
                    + String.join("\n  ", result.lines())
                    + "\nWrite the safe form, or allow it on purpose with op.allowing(rule, reason).");
        }
        result.lines().forEach(line -> getLog().info(line));
    }
}
