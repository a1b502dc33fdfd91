package com.capp.autogen.maven;

import org.apache.maven.project.MavenProject;

import java.io.File;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code -Dcapp.autogen.*} properties of the command line. Maven gives a parameter's property only
 * when the POM does not configure it; these win over the POM too, as {@code -Dflyway.*} users
 * expect. {@code capp.autogen.<name>} is a parameter, {@code capp.autogen.<key.with.dots>} a
 * {@code capp-autogen.properties} key.
 */
final class CommandLineOverrides {

    static final String PREFIX = "capp.autogen.";

    private final Properties user;

    CommandLineOverrides(Properties userProperties) {
        this.user = userProperties;
    }

    String text(String parameter, String configured) {
        String given = user.getProperty(PREFIX + parameter);
        return given != null ? given : blankToNull(configured);
    }

    boolean flag(String parameter, boolean configured) {
        String given = user.getProperty(PREFIX + parameter);
        return given != null ? given.isBlank() || Boolean.parseBoolean(given.trim()) : configured;
    }

    /** A path parameter; one given on the command line is relative to the module's folder. */
    File file(String parameter, File configured, MavenProject project) {
        String given = user.getProperty(PREFIX + parameter);
        if (given == null) {
            return configured;
        }
        File file = new File(given);
        return file.isAbsolute() ? file : new File(project.getBasedir(), given);
    }

    /** A list parameter; on the command line, comma-separated. */
    List<String> list(String parameter, List<String> configured) {
        String given = user.getProperty(PREFIX + parameter);
        if (given != null) {
            return Arrays.stream(given.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return configured == null ? List.of() : configured;
    }

    /** The {@code capp-autogen.properties} keys given as {@code -Dcapp.autogen.<key>}. */
    Map<String, String> configKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String name : user.stringPropertyNames()) {
            String key = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : "";
            if (key.contains(".")) {
                keys.put(key, user.getProperty(name));
            }
        }
        return keys;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
