package com.capp.autogen.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The global options as given ({@link ProjectOptions}); null where an option with no default was not given. */
record ProjectArguments(String config, String section, Map<String, String> xArguments, String url,
                        List<Path> classpath, boolean quiet) {

    ProjectArguments {
        xArguments = Collections.unmodifiableMap(new LinkedHashMap<>(xArguments)); // in the order given
        classpath = List.copyOf(classpath);
    }
}
