package com.capp.autogen.sql;

import com.capp.autogen.ops.*; // every operation kind is visited here
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static com.capp.autogen.sql.Identifiers.literal;
import static com.capp.autogen.sql.Identifiers.qualified;
import static com.capp.autogen.sql.Identifiers.quote;
import static com.capp.autogen.sql.SqlClauses.alterTable;
import static com.capp.autogen.sql.SqlClauses.check;
import static com.capp.autogen.sql.SqlClauses.columnComment;
import static com.capp.autogen.sql.SqlClauses.columnDefinition;
import static com.capp.autogen.sql.SqlClauses.createIndex;
import static com.capp.autogen.sql.SqlClauses.dropConstraint;
import static com.capp.autogen.sql.SqlClauses.foreignKey;
import static com.capp.autogen.sql.SqlClauses.notValid;
import static com.capp.autogen.sql.SqlClauses.primaryKey;
import static com.capp.autogen.sql.SqlClauses.tableComment;
import static com.capp.autogen.sql.SqlClauses.unique;
import static com.capp.autogen.sql.SqlClauses.value;

/** Renders each operation as the PostgreSQL statements that perform it, in execution order. */
public final class PostgresSql implements OperationVisitor<List<String>> {

    /** The statements for one operation. */
    public static List<String> statements(Operation operation) {
        return operation.accept(new PostgresSql());
    }

    /** The statements for several operations, in order. */
    public static List<String> statements(List<? extends Operation> operations) {
        List<String> all = new ArrayList<>();
        operations.forEach(op -> all.addAll(statements(op)));
        return all;
    }

    @Override
    public List<String> visitCreateSchema(CreateSchema op) {
        return List.of("CREATE SCHEMA " + quote(op.name()));
    }

    @Override
    public List<String> visitDropSchema(DropSchema op) {
        return List.of("DROP SCHEMA " + quote(op.name()));
    }

    @Override
    public List<String> visitCreateTable(CreateTable op) {
        Table table = op.table();
        List<String> parts = new ArrayList<>();
        table.columns().forEach(c -> parts.add(columnDefinition(c)));
        if (table.primaryKey() != null) {
            parts.add(primaryKey(table.primaryKey()));
        }
        table.uniqueConstraints().forEach(u -> parts.add(unique(u)));
        table.checks().forEach(c -> parts.add(check(c)));
        table.foreignKeys().forEach(f -> parts.add(foreignKey(f)));
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE " + qualified(table.name()) + " (\n    "
                + String.join(",\n    ", parts) + "\n)");
        table.indexes().forEach(i -> sql.add(createIndex(table.name(), i, false)));
        if (table.comment() != null) {
            sql.add(tableComment(table.name(), table.comment()));
        }
        table.columns().stream().filter(c -> c.comment() != null)
                .forEach(c -> sql.add(columnComment(table.name(), c.name(), c.comment())));
        return sql;
    }

    @Override
    public List<String> visitDropTable(DropTable op) {
        return List.of("DROP TABLE " + qualified(op.table().name()));
    }

    @Override
    public List<String> visitRenameTable(RenameTable op) {
        return List.of(alterTable(op.table()) + "RENAME TO " + quote(op.newName()));
    }

    @Override
    public List<String> visitAddColumn(AddColumn op) {
        List<String> sql = new ArrayList<>();
        sql.add(alterTable(op.table()) + "ADD COLUMN " + columnDefinition(op.column()));
        if (op.column().comment() != null) {
            sql.add(columnComment(op.table(), op.column().name(), op.column().comment()));
        }
        return sql;
    }

    @Override
    public List<String> visitDropColumn(DropColumn op) {
        return List.of(alterTable(op.table()) + "DROP COLUMN " + quote(op.column().name()));
    }

    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        return new AlterColumnSql(op).statements();
    }

    @Override
    public List<String> visitRenameColumn(RenameColumn op) {
        return List.of(alterTable(op.table()) + "RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to()));
    }

    @Override
    public List<String> visitAddPrimaryKey(AddPrimaryKey op) {
        return List.of(alterTable(op.table()) + "ADD " + primaryKey(op.primaryKey()));
    }

    @Override
    public List<String> visitDropPrimaryKey(DropPrimaryKey op) {
        String name = op.primaryKey().name() != null ? op.primaryKey().name() : op.table().name() + "_pkey";
        return List.of(dropConstraint(op.table(), name));
    }

    @Override
    public List<String> visitAddUniqueConstraint(AddUniqueConstraint op) {
        if (op.usingIndex()) {
            String name = quote(op.constraint().name());
            return List.of(alterTable(op.table()) + "ADD CONSTRAINT " + name + " UNIQUE USING INDEX " + name);
        }
        return List.of(alterTable(op.table()) + "ADD " + unique(op.constraint()));
    }

    @Override
    public List<String> visitDropUniqueConstraint(DropUniqueConstraint op) {
        return List.of(dropConstraint(op.table(), requireName(op.constraint().name(), "unique constraint")));
    }

    @Override
    public List<String> visitCreateIndex(CreateIndex op) {
        return List.of(createIndex(op.table(), op.index(), op.concurrently()));
    }

    @Override
    public List<String> visitDropIndex(DropIndex op) {
        return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "")
                + qualified(new QualifiedName(op.table().schema(), op.index().name())));
    }

    @Override
    public List<String> visitAddForeignKey(AddForeignKey op) {
        return List.of(alterTable(op.table()) + "ADD " + foreignKey(op.foreignKey()) + notValid(op.notValid()));
    }

    @Override
    public List<String> visitDropForeignKey(DropForeignKey op) {
        return List.of(dropConstraint(op.table(), requireName(op.foreignKey().name(), "foreign key")));
    }

    @Override
    public List<String> visitAddCheckConstraint(AddCheckConstraint op) {
        return List.of(alterTable(op.table()) + "ADD " + check(op.check()) + notValid(op.notValid()));
    }

    @Override
    public List<String> visitValidateConstraint(ValidateConstraint op) {
        return List.of(alterTable(op.table()) + "VALIDATE CONSTRAINT " + quote(op.name()));
    }

    @Override
    public List<String> visitDropCheckConstraint(DropCheckConstraint op) {
        return List.of(dropConstraint(op.table(), requireName(op.check().name(), "check constraint")));
    }

    @Override
    public List<String> visitSetTableComment(SetTableComment op) {
        return List.of(tableComment(op.table(), op.to()));
    }

    @Override
    public List<String> visitCreateSequence(CreateSequence op) {
        Sequence s = op.sequence();
        return List.of("CREATE SEQUENCE " + qualified(s.name()) + " AS " + s.dataType()
                + " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue()
                + " START WITH " + s.start() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE"));
    }

    @Override
    public List<String> visitDropSequence(DropSequence op) {
        return List.of("DROP SEQUENCE " + qualified(op.sequence().name()));
    }

    @Override
    public List<String> visitCreateEnum(CreateEnum op) {
        return List.of("CREATE TYPE " + qualified(op.enumType().name()) + " AS ENUM ("
                + op.enumType().labels().stream().map(Identifiers::literal).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public List<String> visitDropEnum(DropEnum op) {
        return List.of("DROP TYPE " + qualified(op.enumType().name()));
    }

    @Override
    public List<String> visitAddEnumValue(AddEnumValue op) {
        String position = op.before() != null ? " BEFORE " + literal(op.before())
                : op.after() != null ? " AFTER " + literal(op.after()) : "";
        return List.of("ALTER TYPE " + qualified(op.enumType()) + " ADD VALUE " + literal(op.value()) + position);
    }

    @Override
    public List<String> visitExecuteSql(ExecuteSql op) {
        return List.of(op.sql());
    }

    @Override
    public List<String> visitBulkInsert(BulkInsert op) {
        if (op.rows().isEmpty()) {
            return List.of();
        }
        String columns = op.columns().stream().map(Identifiers::quote).collect(Collectors.joining(", "));
        String rows = op.rows().stream()
                .map(row -> row.stream().map(SqlClauses::value).collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(",\n    "));
        return List.of("INSERT INTO " + qualified(op.table()) + " (" + columns + ") VALUES\n    " + rows);
    }

    private static String requireName(String name, String kind) {
        if (name == null) {
            throw new IllegalArgumentException("cannot drop an unnamed " + kind + ": give its name");
        }
        return name;
    }
}
