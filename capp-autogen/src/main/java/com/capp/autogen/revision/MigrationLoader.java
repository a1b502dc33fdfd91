package com.capp.autogen.revision;

import java.util.List;

/** Finds the migrations of a project: in a source folder (the edit loop) or on the classpath (a jar). */
public interface MigrationLoader {

    List<ResolvedMigration> load();

    /** Where the migrations come from, for messages. */
    String describe();
}
