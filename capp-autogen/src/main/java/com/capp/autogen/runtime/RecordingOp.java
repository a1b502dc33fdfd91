package com.capp.autogen.runtime;

import com.capp.autogen.api.ColumnChange;
import com.capp.autogen.api.ColumnDef;
import com.capp.autogen.api.Ddl;
import com.capp.autogen.api.ForeignKeyDef;
import com.capp.autogen.api.IndexDef;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.SequenceDef;
import com.capp.autogen.api.TableElement;
import com.capp.autogen.ops.*; // one record per Op method
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.EnumType;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.Table;
import com.capp.autogen.schema.UniqueConstraint;

import java.util.List;
import java.util.function.Consumer;

/**
 * The {@link Op} migrations run against: each call becomes an {@link Operation} handed to a sink
 * at once, so statements run in call order (as Alembic's op does). Calls that only name an object
 * (drop by name) carry just enough state for SQL; their {@code reverse()} is not meaningful, which
 * is fine because only autogenerate reverses operations.
 */
public final class RecordingOp implements Op {

    private final Consumer<Operation> sink;
    private final TransactionBoundary boundary;
    private boolean outside;

    /** Operations go to {@code sink}; {@link #outsideTransaction} blocks run inline (an autocommit connection). */
    public RecordingOp(Consumer<Operation> sink) {
        this(sink, TransactionBoundary.NONE);
    }

    public RecordingOp(Consumer<Operation> sink, TransactionBoundary boundary) {
        this.sink = sink;
        this.boundary = boundary;
    }

    @Override
    public void createTable(String table, TableElement... elements) {
        Table result = Table.of(name(table), List.of(), null);
        for (TableElement element : elements) {
            result = element.addTo(result);
        }
        sink.accept(new CreateTable(result));
    }

    @Override
    public void dropTable(String table) {
        sink.accept(new DropTable(Table.of(name(table), List.of(), null)));
    }

    @Override
    public void renameTable(String table, String newName) {
        sink.accept(new RenameTable(name(table), newName));
    }

    @Override
    public void setTableComment(String table, String comment) {
        sink.accept(new SetTableComment(name(table), null, comment));
    }

    @Override
    public void addColumn(String table, ColumnDef column) {
        sink.accept(new AddColumn(name(table), column.toColumn()));
    }

    @Override
    public void dropColumn(String table, String column) {
        sink.accept(new DropColumn(name(table), Column.of(column, UnknownState.TYPE)));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange change) {
        sink.accept(UnknownState.alterColumn(name(table), column, change));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        sink.accept(new RenameColumn(name(table), column, newName));
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        sink.accept(new AddPrimaryKey(name(table), new PrimaryKey(name, List.of(columns))));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        sink.accept(new AddUniqueConstraint(name(table), new UniqueConstraint(name, List.of(columns))));
    }

    @Override
    public void createCheckConstraint(String name, String table, String expression) {
        sink.accept(new AddCheckConstraint(name(table), new CheckConstraint(name, expression)));
    }

    @Override
    public void createForeignKey(String table, ForeignKeyDef foreignKey) {
        sink.accept(new AddForeignKey(name(table), foreignKey.toForeignKey()));
    }

    @Override
    public void createForeignKeyNotValid(String table, ForeignKeyDef foreignKey) {
        sink.accept(new AddForeignKey(name(table), foreignKey.toForeignKey(), true));
    }

    @Override
    public void createCheckConstraintNotValid(String name, String table, String expression) {
        sink.accept(new AddCheckConstraint(name(table), new CheckConstraint(name, expression), true));
    }

    @Override
    public void validateConstraint(String name, String table) {
        sink.accept(new ValidateConstraint(name(table), name));
    }

    @Override
    public void createUniqueConstraintUsingIndex(String name, String table) {
        sink.accept(new AddUniqueConstraint(name(table), new UniqueConstraint(name, List.of()), true));
    }

    /** Any constraint kind: PostgreSQL drops them all by name, so the kind is not needed. */
    @Override
    public void dropConstraint(String name, String table) {
        sink.accept(new DropUniqueConstraint(name(table), new UniqueConstraint(name, List.of())));
    }

    @Override
    public void createIndex(String name, String table, String... columns) {
        createIndex(table, Ddl.index(name, columns));
    }

    @Override
    public void createIndex(String table, IndexDef index) {
        sink.accept(new CreateIndex(name(table), index.toIndex(), index.isConcurrent()));
    }

    @Override
    public void dropIndex(String name, String table) {
        dropIndex(name, table, false);
    }

    @Override
    public void dropIndex(String name, String table, boolean concurrently) {
        sink.accept(new DropIndex(name(table), new Index(name, List.of(), false, null, null), concurrently));
    }

    @Override
    public void createSequence(String name, long start, long increment) {
        sink.accept(new CreateSequence(Sequence.of(name(name), start, increment)));
    }

    @Override
    public void createSequence(SequenceDef sequence) {
        sink.accept(new CreateSequence(sequence.toSequence()));
    }

    @Override
    public void dropSequence(String name) {
        sink.accept(new DropSequence(Sequence.of(name(name), 1, 1)));
    }

    @Override
    public void createEnum(String name, String... labels) {
        sink.accept(new CreateEnum(new EnumType(name(name), List.of(labels))));
    }

    @Override
    public void addEnumValue(String name, String value) {
        sink.accept(new AddEnumValue(name(name), value, null, null));
    }

    @Override
    public void dropEnum(String name) {
        sink.accept(new DropEnum(new EnumType(name(name), List.of())));
    }

    @Override
    public void createSchema(String name) {
        sink.accept(new CreateSchema(name));
    }

    @Override
    public void dropSchema(String name) {
        sink.accept(new DropSchema(name));
    }

    @Override
    public void outsideTransaction(Runnable statements) {
        if (outside) {
            throw new IllegalStateException("op.outsideTransaction blocks cannot be nested");
        }
        boundary.leave();
        outside = true;
        try {
            statements.run();
        } finally {
            outside = false;
        }
        boundary.reenter();
    }

    @Override
    public void execute(String sql) {
        sink.accept(new ExecuteSql(sql));
    }

    @Override
    public void bulkInsert(String table, List<String> columns, List<List<Object>> rows) {
        sink.accept(new BulkInsert(name(table), List.copyOf(columns), List.copyOf(rows)));
    }

    private static QualifiedName name(String text) {
        return QualifiedName.parse(text);
    }
}
