package com.capp.testsupport;

/**
 * How to reach the shared test server as a role allowed to CREATE DATABASE.
 * {@code adminUrl} names a database that always exists (used to create and drop the others).
 */
record ServerEndpoint(JdbcUrl adminUrl, String user, String password, String description) {

    String urlFor(String database) {
        return adminUrl.withDatabase(database).toString();
    }
}
