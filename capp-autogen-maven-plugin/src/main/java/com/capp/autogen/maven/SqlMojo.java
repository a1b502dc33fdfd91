package com.capp.autogen.maven;

import com.capp.autogen.embed.CappAutogen;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Offline mode ({@code upgrade --sql}): writes the SQL script of the upgrade to {@code -Dtarget}
 * (or, with {@code -Ddowngrade=FROM:TO}, of that downgrade) to a file for a DBA to review and run.
 * Needs no database.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class SqlMojo extends AbstractCappAutogenMojo {

    /** The upgrade's target: {@code head}, a revision id, or {@code FROM:TO}. */
    @Parameter(property = "target", defaultValue = "head")
    String target;

    /** A downgrade range {@code FROM:TO} (e.g. {@code 0002:0001}) instead of the upgrade. */
    @Parameter(property = "downgrade")
    String downgrade;

    /** Where the script goes. */
    @Parameter(property = "output", defaultValue = "${project.build.directory}/capp-autogen/migration.sql")
    File output;

    @Override
    void run(CappAutogen autogen) throws MojoExecutionException {
        String script = downgrade != null ? autogen.downgradeScript(downgrade) : autogen.upgradeScript(target);
        try {
            Files.createDirectories(output.toPath().toAbsolutePath().getParent());
            Files.writeString(output.toPath(), script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("capp-autogen: cannot write " + output + ": " + e.getMessage()
                    + ". Choose another -Doutput=FILE.", e);
        }
        getLog().info("Wrote the " + (downgrade != null ? "downgrade " + downgrade : "upgrade to " + target)
                + " script to " + output);
    }
}
