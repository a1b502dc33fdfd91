package com.capp.autogen.plan;

import com.capp.autogen.ops.AddForeignKey;
import com.capp.autogen.ops.CreateTable;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Orders new tables so each is created after the tables its foreign keys reference. A cycle is
 * broken at the first table (by name) still waiting: its foreign keys to tables not yet created
 * leave its CREATE TABLE and become separate {@link AddForeignKey} operations.
 */
final class CreationOrder {

    /** The CREATE TABLE operations in dependency order, followed by any foreign keys split out. */
    static List<Operation> of(List<Table> tables) {
        Map<QualifiedName, Table> waiting = new TreeMap<>();
        tables.forEach(t -> waiting.put(t.name(), t));
        Set<QualifiedName> created = new java.util.HashSet<>();
        List<Operation> creates = new ArrayList<>();
        List<Operation> splitForeignKeys = new ArrayList<>();
        while (!waiting.isEmpty()) {
            Table next = waiting.values().stream()
                    .filter(t -> unmet(t, waiting.keySet(), created).isEmpty())
                    .findFirst().orElse(null);
            if (next == null) {
                next = breakCycle(waiting.values().iterator().next(), waiting.keySet(), created, splitForeignKeys);
            }
            waiting.remove(next.name());
            created.add(next.name());
            creates.add(new CreateTable(next));
        }
        creates.addAll(splitForeignKeys);
        return creates;
    }

    private static Table breakCycle(Table table, Set<QualifiedName> waiting, Set<QualifiedName> created,
                                    List<Operation> splitForeignKeys) {
        List<ForeignKey> deferred = unmet(table, waiting, created);
        deferred.forEach(fk -> splitForeignKeys.add(new AddForeignKey(table.name(), fk)));
        return table.withForeignKeys(table.foreignKeys().stream().filter(fk -> !deferred.contains(fk)).toList());
    }

    /** Foreign keys of {@code table} that reference a table still waiting to be created (not itself). */
    private static List<ForeignKey> unmet(Table table, Set<QualifiedName> waiting, Set<QualifiedName> created) {
        return table.foreignKeys().stream()
                .filter(fk -> !fk.referencedTable().equals(table.name()))
                .filter(fk -> waiting.contains(fk.referencedTable()) && !created.contains(fk.referencedTable()))
                .collect(Collectors.toList());
    }

    private CreationOrder() {
    }

}
