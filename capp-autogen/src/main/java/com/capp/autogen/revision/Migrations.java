package com.capp.autogen.revision;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resolved migrations of a project and the graph they form. */
public final class Migrations {

    private final Map<String, ResolvedMigration> byId = new LinkedHashMap<>();
    private final RevisionGraph graph;

    public Migrations(Collection<ResolvedMigration> migrations) {
        migrations.forEach(Migrations::validateIds);
        this.graph = new RevisionGraph(migrations.stream().map(ResolvedMigration::info).toList());
        migrations.forEach(m -> byId.put(m.info().id(), m));
    }

    private static void validateIds(ResolvedMigration migration) {
        RevisionIds.validate(migration.info().id(), "revision id", migration.location());
        migration.info().branchLabels().forEach(label -> RevisionIds.validate(label, "branch label", migration.location()));
    }

    public RevisionGraph graph() {
        return graph;
    }

    public ResolvedMigration get(String id) {
        ResolvedMigration migration = byId.get(id);
        if (migration == null) {
            throw RevisionException.unknown(id);
        }
        return migration;
    }

    public List<ResolvedMigration> all() {
        return graph.order().stream().map(byId::get).toList();
    }
}
