package com.capp.autogen.revision;

import com.capp.autogen.api.Migration;

import java.lang.reflect.InvocationTargetException;

/**
 * A migration found on disk or on the classpath ("resolved", as opposed to "applied", which is
 * what the database records). {@code checksum} is {@link Checksums#ofSource} of its source file
 * when the source is available, else {@link Checksums#ofClass} of its class bytes.
 * {@code location} is the source file or class it came from.
 */
public record ResolvedMigration(RevisionInfo info, Class<? extends Migration> type, String checksum,
                                String location) {

    public Migration newInstance() {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new RevisionException("Migration " + info.id() + " (" + type.getName() + ") failed to construct: "
                    + e.getCause(), "");
        } catch (ReflectiveOperationException e) {
            throw new RevisionException("Migration " + info.id() + " (" + type.getName()
                    + ") needs a public no-argument constructor", "");
        }
    }
}
