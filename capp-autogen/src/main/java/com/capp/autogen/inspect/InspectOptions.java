package com.capp.autogen.inspect;

import java.util.List;
import java.util.Set;

/**
 * Which schemas to read and which tables to leave out: the migration tool's own bookkeeping
 * (version table, audit table) is never part of the application's schema.
 */
public record InspectOptions(List<String> schemas, Set<String> excludedTables) {

    public static final String AUDIT_TABLE = "capp_autogen_history";
    public static final String DEFAULT_VERSION_TABLE = "alembic_version";

    public InspectOptions {
        schemas = List.copyOf(schemas);
        excludedTables = Set.copyOf(excludedTables);
    }

    public static InspectOptions of(List<String> schemas, String versionTable) {
        return new InspectOptions(schemas, Set.of(versionTable, AUDIT_TABLE));
    }

    public static InspectOptions publicSchema() {
        return of(List.of("public"), DEFAULT_VERSION_TABLE);
    }

    boolean excludes(String table) {
        return excludedTables.contains(table);
    }
}
