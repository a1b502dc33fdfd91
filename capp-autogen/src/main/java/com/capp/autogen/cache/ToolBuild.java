package com.capp.autogen.cache;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Which build of capp-autogen this process runs: what cached output made by another build must not
 * be trusted across (the model read by another tool version, migrations compiled against another
 * migration API). Its jar or class folder as {@link FileDigest#path} counts it, hashed once per
 * process: on the CLI's hot path a jar costs one {@code stat}. A location that is not a file (a
 * nested jar of a Spring Boot application) counts by its URL.
 */
public final class ToolBuild {

    private static volatile String fingerprint;

    private ToolBuild() {
    }

    public static String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = compute();
            fingerprint = known;
        }
        return known;
    }

    private static String compute() {
        CodeSource source = ToolBuild.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return String.valueOf(location);
        }
        try {
            return new FileDigest().path(Path.of(location.toURI())).hex();
        } catch (URISyntaxException e) {
            return location.toString();
        }
    }
}
