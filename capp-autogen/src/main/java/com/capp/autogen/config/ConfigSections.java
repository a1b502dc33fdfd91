package com.capp.autogen.config;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Alembic's {@code -n/--name SECTION} for a properties file: {@code staging.database.url=...} is the
 * {@code database.url} of section {@code staging}; a section's keys override the plain ones.
 * {@code alembic}, Alembic's default section name, means the plain keys.
 */
final class ConfigSections {

    private static final String DEFAULT_SECTION = "alembic";

    private ConfigSections() {
    }

    static Properties select(Properties all, String section, Path file) {
        if (section == null || section.equals(DEFAULT_SECTION)) {
            return all;
        }
        String prefix = section + ".";
        Properties selected = new Properties();
        selected.putAll(all);
        boolean found = false;
        for (String key : all.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                selected.setProperty(key.substring(prefix.length()), all.getProperty(key));
                found = true;
            }
        }
        if (!found) {
            throw new ConfigException("No section '" + section + "' in " + file
                    + " (no key starts with '" + prefix + "')", "Add keys such as " + prefix + "database.url=... to "
                    + file.getFileName() + ", or drop -n " + section + ".");
        }
        return selected;
    }
}
