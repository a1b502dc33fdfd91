package com.capp.autogen.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a {@code postgresql://} URL, spelled as libpq, psycopg and asyncpg (via
 * SQLAlchemy) take them, as PostgreSQL JDBC driver properties. A parameter it does not know is an
 * error: silently dropping {@code ssl=require} would connect in plaintext.
 */
final class UrlParameters {

    static final List<String> TLS_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    /** libpq name → driver property, where the value passes unchanged. */
    private static final Map<String, String> SAME_VALUE = Map.of(
            "sslrootcert", "sslrootcert", "sslcert", "sslcert", "sslkey", "sslkey", "sslpassword", "sslpassword",
            "application_name", "ApplicationName", "options", "options");
    /** asyncpg's client-side statement caches: nothing to map, nothing lost. */
    private static final Set<String> WITHOUT_EFFECT = Set.of("prepared_statement_cache_size", "statement_cache_size");
    private static final Map<String, String> SESSION_ATTRS = Map.of("any", "any", "read-write", "primary",
            "primary", "primary", "read-only", "secondary", "standby", "secondary", "prefer-standby", "preferSecondary");
    static final String KNOWN = "ssl, sslmode, sslrootcert, sslcert, sslkey, sslpassword, connect_timeout, "
            + "application_name, options, target_session_attrs, user, password";

    private UrlParameters() {
    }

    /** Driver properties of {@code query} (the text after {@code ?}); user and password included when given. */
    static Map<String, String> toDriverProperties(String query) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (var parameter : split(query).entrySet()) {
            String name = parameter.getKey();
            String value = parameter.getValue();
            switch (name) {
                case "ssl", "sslmode" -> properties.put("sslmode", tlsMode(name, value));
                case "connect_timeout" -> {
                    properties.put("connectTimeout", seconds(value));
                    properties.put("loginTimeout", seconds(value));
                }
                case "target_session_attrs" -> properties.put("targetServerType", sessionAttrs(value));
                case "user", "password" -> properties.put(name, value);
                default -> {
                    if (SAME_VALUE.containsKey(name)) {
                        properties.put(SAME_VALUE.get(name), value);
                    } else if (!WITHOUT_EFFECT.contains(name)) {
                        throw unknown(name);
                    }
                }
            }
        }
        return properties;
    }

    /** {@code name=value} pairs, percent-decoded; values are never echoed (one may be a password). */
    static Map<String, String> split(String query) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return pairs;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = PercentDecoding.decode(equals < 0 ? pair : pair.substring(0, equals), "a parameter name");
            if (equals < 0) {
                throw new ConfigException("Database URL: parameter '" + name + "' has no value",
                        "Write parameters as ?name=value&name=value.");
            }
            pairs.put(name, PercentDecoding.decode(pair.substring(equals + 1), "the value of parameter '" + name + "'"));
        }
        return pairs;
    }

    static ConfigException unknown(String name) {
        return new ConfigException("Database URL: capp-autogen does not understand parameter '" + name
                + "' and will not connect without it", "Known parameters: " + KNOWN
                + " (or use a jdbc:postgresql:// URL with PostgreSQL JDBC driver properties).");
    }

    /** asyncpg's {@code ssl=true} is its default SSL context: certificate and host name verified. */
    private static String tlsMode(String name, String value) {
        String mode = value.toLowerCase(Locale.ROOT);
        if (Set.of("true", "1", "yes", "on").contains(mode)) {
            return "verify-full";
        }
        if (Set.of("false", "0", "no", "off").contains(mode)) {
            return "disable";
        }
        if (!TLS_MODES.contains(mode)) {
            throw new ConfigException("Database URL: " + name + "=" + value + " is not a TLS mode",
                    "Use one of " + String.join(", ", TLS_MODES) + ".");
        }
        return mode;
    }

    private static String seconds(String value) {
        if (!value.matches("\\d{1,6}")) {
            throw new ConfigException("Database URL: connect_timeout must be a whole number of seconds",
                    "Write e.g. connect_timeout=10.");
        }
        return value;
    }

    private static String sessionAttrs(String value) {
        String type = SESSION_ATTRS.get(value);
        if (type == null) {
            throw new ConfigException("Database URL: target_session_attrs=" + value + " is not known",
                    "Use one of " + String.join(", ", SESSION_ATTRS.keySet()) + ".");
        }
        return type;
    }
}
