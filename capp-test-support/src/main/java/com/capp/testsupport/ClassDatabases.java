package com.capp.testsupport;

import java.util.ArrayList;
import java.util.List;

/**
 * The databases one test class created (its own plus any from {@link TestDatabase#createDatabase()});
 * JUnit closes this after the class, which drops them all.
 */
final class ClassDatabases implements AutoCloseable {

    private final DatabaseAdmin admin;
    private final String hint;
    private final List<String> created = new ArrayList<>();

    ClassDatabases(DatabaseAdmin admin, String hint) {
        this.admin = admin;
        this.hint = hint;
    }

    synchronized TestDatabase create() {
        String name = DatabaseNames.fresh(hint);
        admin.create(name);
        created.add(name);
        ServerEndpoint endpoint = admin.endpoint();
        return new TestDatabase(name, endpoint.urlFor(name), endpoint.user(), endpoint.password(), this);
    }

    @Override
    public synchronized void close() {
        RuntimeException first = null;
        for (String name : created) {
            try {
                admin.drop(name);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        created.clear();
        if (first != null) {
            throw first;
        }
    }
}
