package com.capp.autogen.maven;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The module's build output and compile dependencies: where its entities (and compiled migrations)
 * are, so no {@code model.classpath} is needed. Classes the plugin brings itself (Hibernate, Jakarta
 * Persistence, the migration API) are taken from the plugin, so annotations match.
 */
final class ProjectClasspath implements AutoCloseable {

    private final List<Path> entries;
    private final URLClassLoader loader;

    private ProjectClasspath(List<Path> entries) {
        this.entries = entries;
        URL[] urls = entries.stream().map(ProjectClasspath::url).toArray(URL[]::new);
        this.loader = new URLClassLoader(urls, ProjectClasspath.class.getClassLoader());
    }

    static ProjectClasspath of(MavenProject project) throws MojoExecutionException {
        try {
            // the output folder is absent before the first compile; the model then says what to build
            return new ProjectClasspath(project.getCompileClasspathElements().stream().map(File::new)
                    .filter(File::exists).map(File::toPath).toList());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("capp-autogen: the compile classpath of " + project.getId()
                    + " is not resolved: " + e.getMessage(), e);
        }
    }

    Path[] entries() {
        return entries.toArray(Path[]::new);
    }

    ClassLoader classLoader() {
        return loader;
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            // only open jar handles are lost; the build goes on
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad classpath entry " + path, e);
        }
    }
}
