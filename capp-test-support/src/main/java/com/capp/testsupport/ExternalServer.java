package com.capp.testsupport;

import java.util.Map;

/** An already running server named by {@code CAPP_TEST_DATABASE_URL}. */
final class ExternalServer {

    static final String URL_VARIABLE = "CAPP_TEST_DATABASE_URL";
    static final String USER_VARIABLE = "CAPP_TEST_DATABASE_USER";
    static final String PASSWORD_VARIABLE = "CAPP_TEST_DATABASE_PASSWORD";

    private ExternalServer() {
    }

    /** Credentials in the URL win; the separate variables fill in what the URL lacks. */
    static ServerEndpoint fromEnvironment(Map<String, String> env) {
        JdbcUrl url = JdbcUrl.parse(env.get(URL_VARIABLE));
        Map<String, String> params = url.parameters();
        String user = params.getOrDefault("user", env.get(USER_VARIABLE));
        String password = params.getOrDefault("password", env.get(PASSWORD_VARIABLE));
        return new ServerEndpoint(url, user, password, "external server " + url.server());
    }
}
