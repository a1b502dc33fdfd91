package com.capp.autogen.api;

import com.capp.autogen.schema.Table;

/** Something {@link Op#createTable} takes: a column, a key, a check, an index or a comment. */
public interface TableElement {

    /** The table with this element added. */
    Table addTo(Table table);
}
