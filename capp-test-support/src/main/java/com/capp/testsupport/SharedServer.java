package com.capp.testsupport;

import java.util.Map;

/**
 * Chooses the test server once per JVM: {@code CAPP_TEST_DATABASE_URL}, else Testcontainers when
 * {@code -Dcapp.test.postgres=testcontainers}, else an embedded PostgreSQL.
 */
final class SharedServer {

    static final String MODE_PROPERTY = "capp.test.postgres";

    private SharedServer() {
    }

    static ServerEndpoint endpoint() {
        return Holder.ENDPOINT;
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

    /** Lazy holder: the JVM initialises it once, on first use, thread-safely. */
    private static final class Holder {
        static final ServerEndpoint ENDPOINT = choose(System.getenv(), System.getProperty(MODE_PROPERTY));
    }
}
