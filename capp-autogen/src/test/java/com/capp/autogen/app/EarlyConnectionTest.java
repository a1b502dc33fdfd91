package com.capp.autogen.app;

import com.capp.autogen.config.ConfigLoader;
import com.capp.autogen.runtime.RuntimeFailure;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connection a command opens while its migrations load, on a real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class EarlyConnectionTest {

    @Test
    void theConnectionIsOpenedOnAnotherThreadWhileTheCallerWorks(TestDatabase db) throws SQLException {
        AtomicReference<Thread> connecting = new AtomicReference<>();
        EarlyConnection early = EarlyConnection.open(() -> {
            connecting.set(Thread.currentThread());
            return open(db);
        });

        Thread caller = early.during(Thread::currentThread);

        try (Connection connection = early.get(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_database()")) {
            assertTrue(result.next());
            assertEquals(db.name(), result.getString(1));
        }
        assertNotSame(caller, connecting.get(), "the connect ran beside the caller's work, not before or after it");
    }

    @Test
    void aFailedConnectIsThrownByGetAsTheProjectThrewIt() throws Exception {
        Path root = Files.createTempDirectory("early-connection");
        Files.writeString(root.resolve(ConfigLoader.FILE_NAME), "migrations.location=migrations\n");
        Project project = new Project(ConfigLoader.load(root.resolve(ConfigLoader.FILE_NAME)), Map.of(),
                "postgresql://someone:s3cret@127.0.0.1:1/nowhere", Clock.systemDefaultZone());

        EarlyConnection early = EarlyConnection.open(project::connect);

        RuntimeFailure failure = assertThrows(RuntimeFailure.class, early::get);
        assertTrue(failure.getMessage().contains("127.0.0.1:1"), failure.getMessage());
        assertFalse(failure.getMessage().contains("s3cret"), "no password in the message");
    }

    @Test
    void whenTheCallersWorkFailsItsFailureIsThrownAndTheConnectionClosed(TestDatabase db) throws Exception {
        AtomicReference<Connection> opened = new AtomicReference<>();
        EarlyConnection early = EarlyConnection.open(() -> {
            Connection connection = open(db);
            opened.set(connection);
            return connection;
        });
        IllegalStateException broken = new IllegalStateException("0002 does not compile");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> early.during(() -> {
            throw broken;
        }));

        assertSame(broken, thrown, "the work's own failure, not one of the connect");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while ((opened.get() == null || !opened.get().isClosed()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(opened.get() != null && opened.get().isClosed(), "the connection nobody will use was closed");
    }

    private static Connection open(TestDatabase db) {
        try {
            return db.dataSource().getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
