package com.capp.autogen.bench;

import com.capp.testsupport.TestDatabase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The CLI as a separate JVM in the repository root (CAPP's migrations), against one database: how a
 * user or CI runs {@code check}, with the launcher's JVM flags ({@link CliProcess#timed}). It uses
 * the test classpath, so no class-data-sharing archive (that needs jars); the launcher's archive
 * takes about another third off.
 */
final class CheckProcess {

    private static final Path REPOSITORY_ROOT = Path.of("..").toAbsolutePath().normalize();

    private final TestDatabase database;

    CheckProcess(TestDatabase database) {
        this.database = database;
    }

    void upgradeHead() throws IOException, InterruptedException {
        run("upgrade", "head");
    }

    /** Wall times of {@code check}, sorted, in milliseconds. */
    List<Long> times(int runs) throws IOException, InterruptedException {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(run("check"));
        }
        Collections.sort(millis);
        return millis;
    }

    private long run(String... args) throws IOException, InterruptedException {
        return CliProcess.timed(REPOSITORY_ROOT, Map.of("DATABASE_URL", url()), args);
    }

    private String url() {
        String separator = database.jdbcUrl().contains("?") ? "&" : "?";
        return database.jdbcUrl() + separator + "user=" + database.user()
                + (database.password() == null ? "" : "&password=" + database.password());
    }
}
