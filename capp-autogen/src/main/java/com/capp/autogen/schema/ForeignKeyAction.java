package com.capp.autogen.schema;

/** A referential action for ON DELETE / ON UPDATE. */
public enum ForeignKeyAction {
    NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"),
    SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ForeignKeyAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
