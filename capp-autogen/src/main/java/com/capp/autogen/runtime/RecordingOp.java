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

import com.capp.autogen.sql.PostgresSql;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@link Op} migrations run against: each call becomes an {@link Operation} handed to a sink
 * at once, so statements run in call order (as Alembic's op does). Calls that only name an object
 * (drop by name) carry just enough state for SQL; their {@code reverse()} is not meaningful, which
 * is fine because only autogenerate reverses operations.
 */
public final class RecordingOp implements Op {

    /** A lint rule the next operation may break, and why ({@link Op#allowing}). */
    public record Allowance(String rule, String reason) {
    }

    /** Receives each operation with the allowances made for it. */
    public interface Recorder {
        void record(Operation operation, List<Allowance> allowances);
    }

    private final Recorder recorder;
    private final Map<String, String> xArguments;
    private final TransactionBoundary boundary;
    private List<Allowance> pending = List.of();
    private boolean outside;

    public RecordingOp(Consumer<Operation> sink) {
        this(sink, Map.of());
    }

    public RecordingOp(Consumer<Operation> sink, Map<String, String> xArguments) {
        this(sink, xArguments, TransactionBoundary.NONE);
    }

    /** {@code boundary} is asked to leave and re-enter the transaction around {@link #outsideTransaction} blocks. */
    public RecordingOp(Consumer<Operation> sink, Map<String, String> xArguments, TransactionBoundary boundary) {
        this((operation, allowances) -> sink.accept(operation), xArguments, boundary);
    }

    private RecordingOp(Recorder recorder, Map<String, String> xArguments, TransactionBoundary boundary) {
        this.recorder = recorder;
        this.xArguments = Map.copyOf(xArguments);
        this.boundary = boundary;
    }

    /** An Op that hands each operation on with the allowances made for it (what lint needs). */
    public static RecordingOp withAllowances(Recorder recorder) {
        return withAllowances(recorder, TransactionBoundary.NONE);
    }

    /** The same, telling {@code boundary} where {@link #outsideTransaction} blocks begin and end. */
    public static RecordingOp withAllowances(Recorder recorder, TransactionBoundary boundary) {
        return new RecordingOp(recorder, Map.of(), boundary);
    }

    /** An op whose calls run as PostgreSQL statements on {@code statements}. */
    static RecordingOp executing(StatementSink statements, Map<String, String> xArguments,
                                 TransactionBoundary boundary) {
        return new RecordingOp(operation -> PostgresSql.statements(operation).forEach(statements::run), xArguments,
                boundary);
    }

    @Override
    public Map<String, String> xArguments() {
        return xArguments;
    }

    @Override
    public Op allowing(String ruleId, String reason) {
        if (ruleId == null || ruleId.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("op.allowing needs a lint rule id and a reason, got '" + ruleId
                    + "', '" + reason + "'");
        }
        List<Allowance> more = new java.util.ArrayList<>(pending);
        more.add(new Allowance(ruleId.trim(), reason.trim()));
        pending = List.copyOf(more);
        return this;
    }

    private void emit(Operation operation) {
        List<Allowance> allowances = pending;
        pending = List.of();
        recorder.record(operation, allowances);
    }

    @Override
    public void createTable(String table, TableElement... elements) {
        Table result = Table.of(name(table), List.of(), null);
        for (TableElement element : elements) {
            result = element.addTo(result);
        }
        emit(new CreateTable(result));
    }

    @Override
    public void dropTable(String table) {
        emit(new DropTable(Table.of(name(table), List.of(), null)));
    }

    @Override
    public void renameTable(String table, String newName) {
        emit(new RenameTable(name(table), newName));
    }

    @Override
    public void setTableComment(String table, String comment) {
        emit(new SetTableComment(name(table), null, comment));
    }

    @Override
    public void addColumn(String table, ColumnDef column) {
        emit(new AddColumn(name(table), column.toColumn()));
    }

    @Override
    public void dropColumn(String table, String column) {
        emit(new DropColumn(name(table), Column.of(column, UnknownState.TYPE)));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange change) {
        emit(UnknownState.alterColumn(name(table), column, change));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        emit(new RenameColumn(name(table), column, newName));
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        emit(new AddPrimaryKey(name(table), new PrimaryKey(name, List.of(columns))));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        emit(new AddUniqueConstraint(name(table), new UniqueConstraint(name, List.of(columns))));
    }

    @Override
    public void createCheckConstraint(String name, String table, String expression) {
        emit(new AddCheckConstraint(name(table), new CheckConstraint(name, expression)));
    }

    @Override
    public void createForeignKey(String table, ForeignKeyDef foreignKey) {
        emit(new AddForeignKey(name(table), foreignKey.toForeignKey()));
    }

    @Override
    public void createForeignKeyNotValid(String table, ForeignKeyDef foreignKey) {
        emit(new AddForeignKey(name(table), foreignKey.toForeignKey(), true));
    }

    @Override
    public void createCheckConstraintNotValid(String name, String table, String expression) {
        emit(new AddCheckConstraint(name(table), new CheckConstraint(name, expression), true));
    }

    @Override
    public void validateConstraint(String name, String table) {
        emit(new ValidateConstraint(name(table), name));
    }

    @Override
    public void createUniqueConstraintUsingIndex(String name, String table) {
        emit(new AddUniqueConstraint(name(table), new UniqueConstraint(name, List.of()), true));
    }

    /** Any constraint kind: PostgreSQL drops them all by name, so the kind is not needed. */
    @Override
    public void dropConstraint(String name, String table) {
        emit(new DropUniqueConstraint(name(table), new UniqueConstraint(name, List.of())));
    }

    @Override
    public void createIndex(String name, String table, String... columns) {
        createIndex(table, Ddl.index(name, columns));
    }

    @Override
    public void createIndex(String table, IndexDef index) {
        emit(new CreateIndex(name(table), index.toIndex(), index.isConcurrent()));
    }

    @Override
    public void dropIndex(String name, String table) {
        dropIndex(name, table, false);
    }

    @Override
    public void dropIndex(String name, String table, boolean concurrently) {
        emit(new DropIndex(name(table), new Index(name, List.of(), false, null, null), concurrently));
    }

    @Override
    public void createSequence(String name, long start, long increment) {
        emit(new CreateSequence(Sequence.of(name(name), start, increment)));
    }

    @Override
    public void createSequence(SequenceDef sequence) {
        emit(new CreateSequence(sequence.toSequence()));
    }

    @Override
    public void dropSequence(String name) {
        emit(new DropSequence(Sequence.of(name(name), 1, 1)));
    }

    @Override
    public void createEnum(String name, String... labels) {
        emit(new CreateEnum(new EnumType(name(name), List.of(labels))));
    }

    @Override
    public void addEnumValue(String name, String value) {
        emit(new AddEnumValue(name(name), value, null, null));
    }

    @Override
    public void dropEnum(String name) {
        emit(new DropEnum(new EnumType(name(name), List.of())));
    }

    @Override
    public void createSchema(String name) {
        emit(new CreateSchema(name));
    }

    @Override
    public void dropSchema(String name) {
        emit(new DropSchema(name));
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
        emit(new ExecuteSql(sql));
    }

    @Override
    public void bulkInsert(String table, List<String> columns, List<List<Object>> rows) {
        emit(new BulkInsert(name(table), List.copyOf(columns), List.copyOf(rows)));
    }

    private static QualifiedName name(String text) {
        return QualifiedName.parse(text);
    }
}
