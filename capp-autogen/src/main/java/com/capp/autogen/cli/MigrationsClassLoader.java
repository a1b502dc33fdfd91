package com.capp.autogen.cli;

import com.capp.autogen.config.ConfigException;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The class loader of {@code --classpath}: compiled migrations on top of the tool's own classes. */
final class MigrationsClassLoader {

    private MigrationsClassLoader() {
    }

    static ClassLoader of(Path workingDirectory, List<Path> entries) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : entries) {
            Path path = workingDirectory.resolve(entry).normalize();
            if (!Files.exists(path)) {
                throw new ConfigException("--classpath entry " + path + " does not exist",
                        "Build the migrations jar first, or fix --classpath.");
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new ConfigException("--classpath entry " + path + " is not a valid path", "Fix --classpath.");
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), MigrationsClassLoader.class.getClassLoader());
    }
}
