package com.capp.autogen.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A connection opened on a thread of its own while the caller loads the migrations. Starting a
 * session is mostly waiting: the server forks a backend (~30 ms here) and the driver's first
 * handshake runs cold code; a command that needs both the migrations and the database should not
 * do one after the other. A failure to connect is thrown by {@link #get()} as it was thrown.
 */
final class EarlyConnection {

    private final CompletableFuture<Connection> opening;

    private EarlyConnection(CompletableFuture<Connection> opening) {
        this.opening = opening;
    }

    static EarlyConnection open(Supplier<Connection> connect) {
        return new EarlyConnection(Background.start("capp-autogen-connect", connect));
    }

    /** Runs {@code work} meanwhile; when it fails, the connection is let go (closed once open) and its failure thrown. */
    <T> T during(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            opening.thenAccept(EarlyConnection::closeQuietly); // not waited for: a slow server must not delay the error
            throw e;
        }
    }

    /** The connection, once open; the caller closes it. */
    Connection get() {
        return Background.join(opening);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was done on it
        }
    }
}
