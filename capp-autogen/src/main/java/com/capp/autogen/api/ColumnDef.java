package com.capp.autogen.api;

import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Identity;
import com.capp.autogen.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** A column being declared: {@code column("email", "varchar(255)").notNull()}. Immutable. */
public final class ColumnDef implements TableElement {

    private final Column column;

    ColumnDef(Column column) {
        this.column = column;
    }

    public ColumnDef notNull() {
        return new ColumnDef(column.withNullable(false));
    }

    public ColumnDef nullable(boolean nullable) {
        return new ColumnDef(column.withNullable(nullable));
    }

    /** The server default, as SQL: {@code "now()"}, {@code "'pending'"}, {@code "0"}. */
    public ColumnDef serverDefault(String sql) {
        return new ColumnDef(column.withDefault(sql));
    }

    /** A stored generated column: {@code generatedAs("price * quantity")} is {@code GENERATED ALWAYS AS (...) STORED}. */
    public ColumnDef generatedAs(String sql) {
        return new ColumnDef(column.withGeneratedExpression(sql));
    }

    public ColumnDef identity(Identity identity) {
        return new ColumnDef(column.withIdentity(identity));
    }

    public ColumnDef comment(String comment) {
        return new ColumnDef(column.withComment(comment));
    }

    public Column toColumn() {
        return column;
    }

    @Override
    public Table addTo(Table table) {
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(column);
        return table.withColumns(columns);
    }
}
