package com.capp.testsupport;

import java.util.Map;

/**
 * Chooses the test server once per JVM: {@code CAPP_TEST_DATABASE_URL}, else Testcontainers when
 * {@code -Dcapp.test.postgres=testcontainers}, else an embedded PostgreSQL.
 */
final class SharedServer {

    static final String MODE_PROPERTY = "capp.test.postgres";

    private static ServerEndpoint endpoint;
    private static RuntimeException failure;

    private SharedServer() {
    }

    /**
     * The one server of this JVM, started on first use. A failed start is remembered and
     * rethrown to every later test class, instead of retrying (slow) or a bare NoClassDefFoundError.
     */
    static synchronized ServerEndpoint endpoint() {
        if (endpoint == null && failure == null) {
            try {
                endpoint = choose(System.getenv(), System.getProperty(MODE_PROPERTY));
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new IllegalStateException("no test PostgreSQL server: " + failure.getMessage(), failure);
        }
        return endpoint;
    }

    static ServerEndpoint choose(Map<String, String> env, String mode) {
        String url = env.get(ExternalServer.URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return ExternalServer.fromEnvironment(env);
        }
        if ("testcontainers".equals(mode)) {
            return ContainerServer.start();
        }
        if (mode != null && !mode.isBlank() && !"embedded".equals(mode)) {
            throw new IllegalArgumentException(MODE_PROPERTY + " must be 'embedded' or 'testcontainers', was " + mode);
        }
        return EmbeddedServer.start();
    }
}
