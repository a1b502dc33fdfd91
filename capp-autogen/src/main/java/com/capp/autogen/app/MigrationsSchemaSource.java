package com.capp.autogen.app;

import com.capp.autogen.devdb.DevDatabase;
import com.capp.autogen.devdb.DevDatabaseException;
import com.capp.autogen.devdb.DevDatabaseSettings;
import com.capp.autogen.revision.MigrationStep;
import com.capp.autogen.runtime.MigrationListener;
import com.capp.autogen.runtime.MigrationRunner;
import com.capp.autogen.runtime.RuntimeFailure;
import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The schema the migrations produce, with no database to install: they are replayed from base to
 * head into the embedded dev database, which is then inspected like any other. Close it to stop
 * the server.
 */
public final class MigrationsSchemaSource implements SchemaSource, AutoCloseable {

    private final Project project;
    private final DevDatabaseSettings devSettings;
    private final Consumer<String> progress;
    private CompletableFuture<DevDatabase> replayed; // started by prepare() or the first load

    public MigrationsSchemaSource(Project project, DevDatabaseSettings devSettings, Consumer<String> progress) {
        this.project = project;
        this.devSettings = devSettings;
        this.progress = progress;
    }

    @Override
    public Schema load(List<String> alsoSchemas) {
        return replayed().load(alsoSchemas);
    }

    @Override
    public Schema loadAll() {
        return replayed().loadAll();
    }

    @Override
    public ExpressionEquivalence equivalenceFor(Schema current, Schema target) {
        return replayed().equivalenceFor(current, target);
    }

    @Override
    public String describe() {
        return "migrations";
    }

    /**
     * Starts the dev database and replays the migrations on a thread of their own: the server's start
     * and the replay (~0.5 s) overlap the reading of the entities (~1 s after an entity edit).
     */
    @Override
    public synchronized void prepare() {
        if (replayed == null) {
            replayed = Background.start("capp-autogen-dev-database", this::startAndReplay);
        }
    }

    /** The dev database at head, started and replayed on first use (or by {@link #prepare}). */
    private DatabaseSchemaSource replayed() {
        prepare();
        DevDatabase atHead = Background.join(replayed);
        return new DatabaseSchemaSource(atHead.dataSource(), describe(), project.settings().versionTable());
    }

    private DevDatabase startAndReplay() {
        DevDatabase started;
        try {
            started = DevDatabase.start(devSettings, progress);
        } catch (DevDatabaseException e) {
            throw new RuntimeFailure(e.getMessage(), e.hint(), e);
        }
        try {
            replay(started);
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    private void replay(DevDatabase devDatabase) {
        int count = project.migrations().all().size();
        progress.accept("Replaying " + count + " migration" + (count == 1 ? "" : "s") + " into the dev database ...");
        long started = System.nanoTime();
        try (Connection connection = devDatabase.connect()) {
            new MigrationRunner(connection, project.migrations(), project.settings(), new ReplayProgress())
                    .upgrade("heads", false);
        } catch (SQLException e) {
            throw new RuntimeFailure("Cannot connect to the embedded dev database: " + e.getMessage(),
                    "Delete the cache folder " + devSettings.cacheDir() + " and try again.", e);
        }
        progress.accept(String.format("Replayed in %.1f s.", (System.nanoTime() - started) / 1e9));
    }

    /** Stops the server, once it has started if it is still starting (a failed other side). */
    @Override
    public synchronized void close() {
        if (replayed == null) {
            return;
        }
        try {
            replayed.join().close();
        } catch (CompletionException e) {
            // it did not start, or its replay failed and it was stopped then: nothing runs
        } finally {
            replayed = null;
        }
    }

    /** One progress line per revision replayed. */
    private final class ReplayProgress implements MigrationListener {
        @Override
        public void running(MigrationStep step) {
            progress.accept("  " + step.revision().id() + " " + step.revision().message());
        }
    }
}
