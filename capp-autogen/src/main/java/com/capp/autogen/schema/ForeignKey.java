package com.capp.autogen.schema;

import java.util.List;
import java.util.Objects;

/** A FOREIGN KEY constraint; the referenced table is named, never pointed to. */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ForeignKeyAction onDelete,
                         ForeignKeyAction onUpdate, boolean deferrable, boolean initiallyDeferred) implements java.io.Serializable {

    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ForeignKeyAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ForeignKeyAction.NO_ACTION : onUpdate;
    }

    public static ForeignKey simple(String name, List<String> columns, QualifiedName target,
                                    List<String> targetColumns) {
        return new ForeignKey(name, columns, target, targetColumns, ForeignKeyAction.NO_ACTION,
                ForeignKeyAction.NO_ACTION, false, false);
    }
}
