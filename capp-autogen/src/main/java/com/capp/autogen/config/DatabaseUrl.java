package com.capp.autogen.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL location, from JDBC form ({@code jdbc:postgresql://host:port/db?user=..}) or the
 * SQLAlchemy form CAPP's .env files use ({@code postgresql+asyncpg://user:pass@host:port/db},
 * {@code postgresql://...}, {@code postgres://...}). {@link #toString()} never shows the password.
 */
public record DatabaseUrl(String jdbcUrl, String host, int port, String database, String user, String password) {

    private static final Pattern SQLALCHEMY = Pattern.compile(
            "(?:postgresql|postgres)(?:\\+\\w+)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?]*)(?::(\\d+))?/?([^?]*)(\\?.*)?");
    private static final Pattern JDBC = Pattern.compile(
            "jdbc:postgresql://([^:/?]*)(?::(\\d+))?/?([^?]*)(\\?.*)?");
    private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)(password=)[^&]*");
    private static final int DEFAULT_PORT = 5432;

    public static DatabaseUrl parse(String text) {
        String url = text.trim();
        Matcher jdbc = JDBC.matcher(url);
        if (jdbc.matches()) {
            String query = jdbc.group(4) == null ? "" : jdbc.group(4);
            return new DatabaseUrl(url, host(jdbc.group(1)), port(jdbc.group(2)), jdbc.group(3),
                    queryParameter(query, "user"), queryParameter(query, "password"));
        }
        Matcher alchemy = SQLALCHEMY.matcher(url);
        if (alchemy.matches()) {
            String host = host(alchemy.group(3));
            int port = port(alchemy.group(4));
            String query = alchemy.group(6) == null ? "" : alchemy.group(6);
            String jdbcUrl = "jdbc:postgresql://" + host + ":" + port + "/" + alchemy.group(5) + query;
            return new DatabaseUrl(jdbcUrl, host, port, alchemy.group(5), decode(alchemy.group(1)),
                    decode(alchemy.group(2)));
        }
        throw new ConfigException("Not a PostgreSQL URL: " + mask(url),
                "Use jdbc:postgresql://host:5432/db or postgresql://user:password@host:5432/db.");
    }

    /** Replaces passwords (user:password@ and password=...) by ***. */
    public static String mask(String text) {
        String masked = text.replaceAll("(://[^:@/]*:)[^@/]*@", "$1***@");
        return QUERY_PASSWORD.matcher(masked).replaceAll("$1***");
    }

    /** Where this is, for messages: {@code host:port/database as user}. */
    public String describe() {
        return host + ":" + port + ", database '" + database + "'" + (user == null ? "" : " as user '" + user + "'");
    }

    @Override
    public String toString() {
        return mask(jdbcUrl);
    }

    private static String host(String host) {
        return host == null || host.isEmpty() ? "localhost" : host;
    }

    private static int port(String port) {
        return port == null ? DEFAULT_PORT : Integer.parseInt(port);
    }

    private static String decode(String text) {
        return text == null ? null : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String queryParameter(String query, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(query);
        return m.find() ? decode(m.group(1)) : null;
    }
}
