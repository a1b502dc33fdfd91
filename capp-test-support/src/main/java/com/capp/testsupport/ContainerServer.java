package com.capp.testsupport;

/**
 * A {@code postgres:15} container. Testcontainers is loaded by reflection so that it is only
 * needed on the classpath when asked for ({@code -Dcapp.test.postgres=testcontainers}, which
 * also activates the parent pom profile that adds the dependency).
 */
final class ContainerServer {

    private static final String CONTAINER_CLASS = "org.testcontainers.containers.PostgreSQLContainer";
    static final String IMAGE_PROPERTY = "capp.test.postgres.image";

    private ContainerServer() {
    }

    static ServerEndpoint start() {
        String image = System.getProperty(IMAGE_PROPERTY, "postgres:15");
        try {
            Class<?> type = Class.forName(CONTAINER_CLASS);
            Object container = type.getConstructor(String.class).newInstance(image);
            type.getMethod("start").invoke(container);
            // Ryuk removes the container when the JVM exits; no shutdown hook needed.
            String url = (String) type.getMethod("getJdbcUrl").invoke(container);
            String user = (String) type.getMethod("getUsername").invoke(container);
            String password = (String) type.getMethod("getPassword").invoke(container);
            return new ServerEndpoint(JdbcUrl.parse(url), user, password, "container " + image);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Testcontainers is not on the test classpath; run Maven with "
                    + "-Dcapp.test.postgres=testcontainers so the parent pom profile adds it", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not start " + image + " container", e);
        }
    }
}
