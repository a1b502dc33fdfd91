package com.capp.autogen.config;

import org.postgresql.PGProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL location, from JDBC form ({@code jdbc:postgresql://host:port/db?user=..}) or the
 * libpq/SQLAlchemy form CAPP's .env files use ({@code postgresql+asyncpg://user:pass@host:port/db?ssl=require}).
 * User and password travel as driver properties, never in {@link #jdbcUrl()}; {@link #toString()}
 * and {@link #describe()} never show the password.
 *
 * @param properties PostgreSQL JDBC driver properties other than user and password (TLS, timeouts)
 */
public record DatabaseUrl(String host, int port, String database, String user, String password,
                          Map<String, String> properties) {

    private static final Pattern URI_SCHEME = Pattern.compile("(?:postgresql|postgres)(?:\\+\\w+)?://(.*)", Pattern.DOTALL);
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^/?]*)(?:/([^?]*))?(?:\\?(.*))?", Pattern.DOTALL);
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]*)(?::([^:]*))?");
    private static final Pattern URL_USERINFO = Pattern.compile("(://)\\S*@");
    private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)(password=)[^&\\s]*");
    private static final int DEFAULT_PORT = 5432;

    public DatabaseUrl {
        properties = Map.copyOf(properties);
    }

    public static DatabaseUrl parse(String text) {
        String url = text.strip();
        Matcher jdbc = JDBC.matcher(url);
        if (jdbc.matches()) {
            Map<String, String> parameters = UrlParameters.split(jdbc.group(3) == null ? "" : jdbc.group(3));
            parameters.keySet().stream().filter(name -> PGProperty.forName(name) == null).findFirst()
                    .ifPresent(name -> {
                        throw UrlParameters.unknown(name);
                    });
            return of(jdbc.group(1), decode(jdbc.group(2), "the database name"), null, null, parameters);
        }
        Matcher uri = URI_SCHEME.matcher(url);
        if (uri.matches()) {
            return fromUri(uri.group(1));
        }
        throw new ConfigException("Not a PostgreSQL URL: " + mask(url),
                "Use jdbc:postgresql://host:5432/db or postgresql://user:password@host:5432/db.");
    }

    /** libpq's rule: the last {@code @} ends user:password, so a password may hold {@code @ / : ?} unencoded. */
    private static DatabaseUrl fromUri(String rest) {
        int at = rest.lastIndexOf('@');
        String userInfo = at < 0 ? null : rest.substring(0, at);
        String location = rest.substring(at + 1);
        int question = location.indexOf('?');
        String query = question < 0 ? "" : location.substring(question + 1);
        String hostAndPath = question < 0 ? location : location.substring(0, question);
        int slash = hostAndPath.indexOf('/');
        String database = slash < 0 ? "" : decode(hostAndPath.substring(slash + 1), "the database name");
        String user = null;
        String password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "the user name");
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1), "the password");
        }
        Map<String, String> properties = UrlParameters.toDriverProperties(query);
        return of(slash < 0 ? hostAndPath : hostAndPath.substring(0, slash), database, user, password, properties);
    }

    private static DatabaseUrl of(String hostPort, String database, String user, String password,
                                  Map<String, String> parameters) {
        Map<String, String> properties = new LinkedHashMap<>(parameters);
        String queryUser = properties.remove("user");
        String queryPassword = properties.remove("password");
        user = user == null || user.isEmpty() ? queryUser : user;
        password = password == null ? queryPassword : password;
        if (hostPort.contains(",")) {
            throw new ConfigException("Database URL: several hosts are not supported",
                    "Name the one primary server migrations should run on.");
        }
        Matcher m = HOST_PORT.matcher(hostPort);
        if (!m.matches()) {
            throw new ConfigException("Database URL: the host is malformed", "Write host:port, or [::1]:port for IPv6.");
        }
        String host = m.group(1).isEmpty() ? "localhost" : m.group(1);
        boolean noDatabase = database == null || database.isEmpty();
        return new DatabaseUrl(host, port(m.group(2)), noDatabase && user != null ? user : database,
                user == null || user.isEmpty() ? null : user, password, properties);
    }

    private static int port(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_PORT;
        }
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) > 65535) {
            throw new ConfigException("Database URL: the port after the host is not a number from 1 to 65535",
                    "Write host:5432; percent-encode @ in a password as %40.");
        }
        return Integer.parseInt(text);
    }

    private static String decode(String text, String part) {
        return text == null ? "" : PercentDecoding.decode(text, part);
    }

    /** This location with connect and login timeouts (unless the URL sets them) and the application name. */
    public DatabaseUrl withDefaults(Duration connectTimeout) {
        Map<String, String> merged = new LinkedHashMap<>();
        String seconds = String.valueOf(Math.max(1, connectTimeout.toSeconds()));
        merged.put(PGProperty.CONNECT_TIMEOUT.getName(), seconds);
        merged.put(PGProperty.LOGIN_TIMEOUT.getName(), seconds);
        merged.put(PGProperty.APPLICATION_NAME.getName(), "capp-autogen");
        merged.putAll(properties);
        return new DatabaseUrl(host, port, database, user, password, merged);
    }

    /** The seconds the driver waits for a server to answer a login, as configured (0: forever). */
    public int loginTimeoutSeconds() {
        return Integer.parseInt(properties.getOrDefault(PGProperty.LOGIN_TIMEOUT.getName(), "0"));
    }

    /** Host, port and database only: credentials and options go as {@link #driverProperties()}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** Everything the driver needs besides {@link #jdbcUrl()}, password included: never print it. */
    public Properties driverProperties() {
        Properties all = new Properties();
        all.putAll(properties);
        if (user != null) {
            all.setProperty(PGProperty.USER.getName(), user);
        }
        if (password != null) {
            all.setProperty(PGProperty.PASSWORD.getName(), password);
        }
        return all;
    }

    /** Replaces what could be credentials (everything before the last @ of a URL, password=...) by ***. */
    public static String mask(String text) {
        String masked = URL_USERINFO.matcher(text).replaceAll("$1***@");
        return QUERY_PASSWORD.matcher(masked).replaceAll("$1***");
    }

    /** Where this is, for messages: {@code host:port, database 'db' as user 'u'}. */
    public String describe() {
        return host + ":" + port + ", database '" + database + "'" + (user == null ? "" : " as user '" + user + "'");
    }

    /** The password text, with {@code ***} put in its place wherever it occurs in {@code text}. */
    public String redact(String text) {
        if (text == null || password == null || password.isEmpty()) {
            return text == null ? null : mask(text);
        }
        return mask(text.replace(password, "***").replace(URLEncoder.encode(password, StandardCharsets.UTF_8), "***"));
    }

    @Override
    public String toString() {
        return describe();
    }
}
