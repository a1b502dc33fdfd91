package com.capp.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL JDBC URL split into server part, database and query, so the same server can be
 * addressed with another database name.
 */
record JdbcUrl(String server, String database, String query) {

    private static final Pattern SHAPE =
            Pattern.compile("^(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(?:\\?(.*))?$");

    static JdbcUrl parse(String url) {
        Matcher m = SHAPE.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/db URL: " + url);
        }
        String database = m.group(2) == null || m.group(2).isEmpty() ? "postgres" : m.group(2);
        return new JdbcUrl(m.group(1), database, m.group(3) == null ? "" : m.group(3));
    }

    JdbcUrl withDatabase(String otherDatabase) {
        return new JdbcUrl(server, otherDatabase, query);
    }

    /** Query parameters, decoded; used to find user/password embedded in the URL. */
    Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(decode(key), decode(value));
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return server + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }
}
