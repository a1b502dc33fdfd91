package com.capp.autogen.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work started on a daemon thread of its own (a command that fails first does not wait for it to end),
 * and its result waited for, a failure thrown as the work threw it.
 */
final class Background {

    private Background() {
    }

    static <T> CompletableFuture<T> start(String threadName, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        });
    }

    static <T> T join(CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }
}
