package com.capp.autogen.api;

import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * An index being declared:
 * {@code index("idx_users_email_lower").expression("lower(email)").unique().where("is_active")}.
 */
public final class IndexDef implements TableElement {

    private final Index index;
    private final boolean concurrently;

    IndexDef(Index index, boolean concurrently) {
        this.index = index;
        this.concurrently = concurrently;
    }

    public IndexDef column(String name) {
        return withKey(IndexKey.column(name));
    }

    public IndexDef desc(String column) {
        return withKey(IndexKey.columnDesc(column));
    }

    public IndexDef expression(String sql) {
        return withKey(IndexKey.expression(sql));
    }

    /** A descending expression key: {@code descExpression("lower(email)")}. */
    public IndexDef descExpression(String sql) {
        return withKey(new IndexKey(sql, true, true));
    }

    public IndexDef unique() {
        return new IndexDef(new Index(index.name(), index.keys(), true, index.method(), index.where()), concurrently);
    }

    /** The access method: {@code gin}, {@code gist}, {@code hash}, {@code brin}... */
    public IndexDef using(String method) {
        return new IndexDef(new Index(index.name(), index.keys(), index.unique(), method, index.where()), concurrently);
    }

    /** Makes it a partial index. */
    public IndexDef where(String predicate) {
        return new IndexDef(new Index(index.name(), index.keys(), index.unique(), index.method(), predicate),
                concurrently);
    }

    /** CREATE INDEX CONCURRENTLY: the migration must then not be transactional. */
    public IndexDef concurrently() {
        return new IndexDef(index, true);
    }

    public Index toIndex() {
        return index;
    }

    public boolean isConcurrent() {
        return concurrently;
    }

    @Override
    public Table addTo(Table table) {
        List<Index> indexes = new ArrayList<>(table.indexes());
        indexes.add(index);
        return table.withIndexes(indexes);
    }

    private IndexDef withKey(IndexKey key) {
        List<IndexKey> keys = new ArrayList<>(index.keys());
        keys.add(key);
        return new IndexDef(new Index(index.name(), keys, index.unique(), index.method(), index.where()),
                concurrently);
    }
}
