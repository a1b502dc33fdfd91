package com.capp.autogen.maven;

import com.capp.autogen.embed.CappAutogenException;
import org.apache.maven.plugin.MojoExecutionException;

/** The API's failure as the build's: what went wrong, then what to do (the API never puts a password in either). */
final class Failures {

    private Failures() {
    }

    static MojoExecutionException of(CappAutogenException e) {
        String message = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
        return new MojoExecutionException("capp-autogen: " + message + (e.hint().isBlank() ? "" : " " + e.hint()), e);
    }
}
