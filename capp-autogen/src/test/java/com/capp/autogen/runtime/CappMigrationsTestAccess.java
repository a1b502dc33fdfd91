package com.capp.autogen.runtime;

import com.capp.testsupport.TestDatabase;

import java.sql.SQLException;
import java.util.List;

/** The version-table helper of {@link CappMigrationsTest}, for tests in other packages. */
public final class CappMigrationsTestAccess {

    private CappMigrationsTestAccess() {
    }

    public static List<String> versions(TestDatabase database) throws SQLException {
        return CappMigrationsTest.versions(database);
    }
}
