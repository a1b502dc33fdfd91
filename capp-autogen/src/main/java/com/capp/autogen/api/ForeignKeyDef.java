package com.capp.autogen.api;

import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.ForeignKeyAction;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A foreign key being declared:
 * {@code foreignKey("payments_sender_id_fkey", "sender_id").references("users", "id").onDelete(CASCADE)}.
 */
public final class ForeignKeyDef implements TableElement {

    private final ForeignKey foreignKey;

    ForeignKeyDef(ForeignKey foreignKey) {
        this.foreignKey = foreignKey;
    }

    public ForeignKeyDef references(String table, String... columns) {
        return new ForeignKeyDef(new ForeignKey(foreignKey.name(), foreignKey.columns(),
                QualifiedName.parse(table), List.of(columns), foreignKey.onDelete(), foreignKey.onUpdate(),
                foreignKey.deferrable(), foreignKey.initiallyDeferred()));
    }

    public ForeignKeyDef onDelete(ForeignKeyAction action) {
        ForeignKey f = foreignKey;
        return new ForeignKeyDef(new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(),
                action, f.onUpdate(), f.deferrable(), f.initiallyDeferred()));
    }

    public ForeignKeyDef onUpdate(ForeignKeyAction action) {
        ForeignKey f = foreignKey;
        return new ForeignKeyDef(new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(),
                f.onDelete(), action, f.deferrable(), f.initiallyDeferred()));
    }

    /** DEFERRABLE, INITIALLY DEFERRED when {@code initiallyDeferred}. */
    public ForeignKeyDef deferrable(boolean initiallyDeferred) {
        ForeignKey f = foreignKey;
        return new ForeignKeyDef(new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(),
                f.onDelete(), f.onUpdate(), true, initiallyDeferred));
    }

    public ForeignKey toForeignKey() {
        return foreignKey;
    }

    @Override
    public Table addTo(Table table) {
        List<ForeignKey> foreignKeys = new ArrayList<>(table.foreignKeys());
        foreignKeys.add(foreignKey);
        return table.withForeignKeys(foreignKeys);
    }
}
