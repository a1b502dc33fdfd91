package com.capp.autogen.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which {@code capp-autogen.properties} a module uses. */
final class ConfigFiles {

    static final String FILE_NAME = "capp-autogen.properties";

    private ConfigFiles() {
    }

    /**
     * The configured file (it must exist), else the first in the module's folder or its parents up
     * to the build's root folder (a multi-module project keeps one at its root), else the module's
     * own, absent, file: the tool's defaults with the module's folder as project root.
     */
    static Path find(File configured, MavenProject project, MavenSession session) throws MojoExecutionException {
        if (configured != null) {
            if (!configured.isFile()) {
                throw new MojoExecutionException("capp-autogen: no configuration file " + configured
                        + ". Fix <configFile> / -Dcapp.autogen.configFile, or remove it to use the POM's settings.");
            }
            return configured.toPath();
        }
        Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path top = buildRoot(session, module);
        for (Path dir = module; dir != null && dir.startsWith(top); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE_NAME))) {
                return dir.resolve(FILE_NAME);
            }
        }
        return module.resolve(FILE_NAME);
    }

    private static Path buildRoot(MavenSession session, Path module) {
        File root = session.getRequest().getMultiModuleProjectDirectory();
        Path top = root == null ? module : root.toPath().toAbsolutePath().normalize();
        return module.startsWith(top) ? top : module;
    }
}
