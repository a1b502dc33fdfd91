package com.capp.autogen.render;

import com.capp.autogen.ops.*; // the visitor names every operation kind
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Identity;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.Table;
import com.capp.autogen.sql.PostgresSql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static com.capp.autogen.render.DdlExpressions.column;
import static com.capp.autogen.render.JavaLiterals.string;
import static com.capp.autogen.render.JavaLiterals.strings;

/**
 * One operation as the Java statement a careful human would write against the migration API
 * ({@code op.addColumn("users", column("nickname", "text"))}). Statements may span lines; they carry
 * no indentation of their own beyond continuation lines.
 */
final class JavaStatements implements OperationVisitor<String> {

    private static final String CONTINUATION = "\n        ";

    @Override
    public String visitCreateSchema(CreateSchema op) {
        return "op.createSchema(" + string(op.name()) + ");";
    }

    @Override
    public String visitDropSchema(DropSchema op) {
        return "op.dropSchema(" + string(op.name()) + ");";
    }

    @Override
    public String visitCreateTable(CreateTable op) {
        Table table = op.table();
        List<String> elements = new ArrayList<>();
        table.columns().forEach(c -> elements.add(column(c)));
        if (table.primaryKey() != null) {
            elements.add("primaryKey(" + string(table.primaryKey().name()) + ", "
                    + strings(table.primaryKey().columns()) + ")");
        }
        table.uniqueConstraints().forEach(u -> elements.add("unique(" + string(u.name()) + ", "
                + strings(u.columns()) + ")"));
        table.checks().forEach(c -> elements.add(DdlExpressions.check(c)));
        table.foreignKeys().forEach(f -> elements.add(DdlExpressions.foreignKey(f)));
        table.indexes().forEach(i -> elements.add(DdlExpressions.index(i, false)));
        if (table.comment() != null) {
            elements.add("comment(" + string(table.comment()) + ")");
        }
        return "op.createTable(" + name(table.name()) + ","
                + elements.stream().map(e -> CONTINUATION + e).collect(Collectors.joining(",")) + ");";
    }

    @Override
    public String visitDropTable(DropTable op) {
        return "op.dropTable(" + name(op.table().name()) + ");";
    }

    @Override
    public String visitRenameTable(RenameTable op) {
        return "op.renameTable(" + name(op.table()) + ", " + string(op.newName()) + ");";
    }

    @Override
    public String visitAddColumn(AddColumn op) {
        return "op.addColumn(" + name(op.table()) + ", " + column(op.column()) + ");";
    }

    @Override
    public String visitDropColumn(DropColumn op) {
        return "op.dropColumn(" + name(op.table()) + ", " + string(op.column().name()) + ");";
    }

    @Override
    public String visitAlterColumn(AlterColumn op) {
        return "op.alterColumn(" + name(op.table()) + ", " + string(op.to().name()) + ", "
                + columnChange(op) + ");";
    }

    @Override
    public String visitRenameColumn(RenameColumn op) {
        return "op.renameColumn(" + name(op.table()) + ", " + string(op.from()) + ", " + string(op.to()) + ");";
    }

    @Override
    public String visitAddPrimaryKey(AddPrimaryKey op) {
        return "op.createPrimaryKey(" + string(op.primaryKey().name()) + ", " + name(op.table()) + ", "
                + strings(op.primaryKey().columns()) + ");";
    }

    @Override
    public String visitDropPrimaryKey(DropPrimaryKey op) {
        String constraint = Objects.requireNonNullElse(op.primaryKey().name(), op.table().name() + "_pkey");
        return dropConstraint(constraint, op.table());
    }

    @Override
    public String visitAddUniqueConstraint(AddUniqueConstraint op) {
        if (op.usingIndex()) {
            return "op.createUniqueConstraintUsingIndex(" + string(op.constraint().name()) + ", " + name(op.table()) + ");";
        }
        return "op.createUniqueConstraint(" + string(op.constraint().name()) + ", " + name(op.table()) + ", "
                + strings(op.constraint().columns()) + ");";
    }

    @Override
    public String visitDropUniqueConstraint(DropUniqueConstraint op) {
        return dropConstraint(op.constraint().name(), op.table());
    }

    @Override
    public String visitCreateIndex(CreateIndex op) {
        if (DdlExpressions.isPlain(op.index()) && !op.concurrently()) {
            return "op.createIndex(" + string(op.index().name()) + ", " + name(op.table()) + ", "
                    + DdlExpressions.columnNames(op.index()) + ");";
        }
        return "op.createIndex(" + name(op.table()) + ", " + DdlExpressions.index(op.index(), op.concurrently()) + ");";
    }

    @Override
    public String visitDropIndex(DropIndex op) {
        return "op.dropIndex(" + string(op.index().name()) + ", " + name(op.table())
                + (op.concurrently() ? ", true" : "") + ");";
    }

    @Override
    public String visitAddForeignKey(AddForeignKey op) {
        return "op.createForeignKey" + (op.notValid() ? "NotValid(" : "(") + name(op.table()) + ", "
                + DdlExpressions.foreignKey(op.foreignKey()) + ");";
    }

    @Override
    public String visitDropForeignKey(DropForeignKey op) {
        return dropConstraint(op.foreignKey().name(), op.table());
    }

    @Override
    public String visitAddCheckConstraint(AddCheckConstraint op) {
        return "op.createCheckConstraint" + (op.notValid() ? "NotValid(" : "(") + string(op.check().name()) + ", "
                + name(op.table()) + ", " + string(op.check().expression()) + ");";
    }

    @Override
    public String visitValidateConstraint(ValidateConstraint op) {
        return "op.validateConstraint(" + string(op.name()) + ", " + name(op.table()) + ");";
    }

    @Override
    public String visitDropCheckConstraint(DropCheckConstraint op) {
        return dropConstraint(op.check().name(), op.table());
    }

    @Override
    public String visitSetTableComment(SetTableComment op) {
        return "op.setTableComment(" + name(op.table()) + ", " + string(op.to()) + ");";
    }

    @Override
    public String visitCreateSequence(CreateSequence op) {
        Sequence s = op.sequence();
        if (s.equals(Sequence.of(s.name(), s.start(), s.increment()))) {
            return "op.createSequence(" + name(s.name()) + ", " + s.start() + "L, " + s.increment() + "L);";
        }
        return "op.createSequence(" + DdlExpressions.sequence(s) + ");";
    }

    @Override
    public String visitDropSequence(DropSequence op) {
        return "op.dropSequence(" + name(op.sequence().name()) + ");";
    }

    @Override
    public String visitCreateEnum(CreateEnum op) {
        return "op.createEnum(" + name(op.enumType().name()) + ", " + strings(op.enumType().labels()) + ");";
    }

    @Override
    public String visitDropEnum(DropEnum op) {
        return "op.dropEnum(" + name(op.enumType().name()) + ");";
    }

    @Override
    public String visitAddEnumValue(AddEnumValue op) {
        if (op.before() == null && op.after() == null) {
            return "op.addEnumValue(" + name(op.enumType()) + ", " + string(op.value()) + ");";
        }
        return execute(op); // the API's addEnumValue appends; a position needs the SQL
    }

    @Override
    public String visitExecuteSql(ExecuteSql op) {
        return "op.execute(" + string(op.sql()) + ");";
    }

    @Override
    public String visitBulkInsert(BulkInsert op) {
        String rows = op.rows().stream()
                .map(row -> row.stream().map(JavaLiterals::value).collect(Collectors.joining(", ", "Arrays.asList(", ")")))
                .collect(Collectors.joining("," + CONTINUATION));
        return "op.bulkInsert(" + name(op.table()) + ", List.of(" + strings(op.columns()) + "), List.of("
                + CONTINUATION + rows + "));";
    }

    /** Which imports the statements of {@code ops} need beyond {@code Ddl.*}. */
    static Set<String> imports(String code) {
        Set<String> imports = new java.util.TreeSet<>();
        if (code.contains("Identity.")) {
            imports.add(Identity.class.getName());
        }
        if (code.contains("ForeignKeyAction.")) {
            imports.add(com.capp.autogen.schema.ForeignKeyAction.class.getName());
        }
        if (code.contains("Arrays.asList(")) {
            imports.add("java.util.Arrays");
        }
        if (code.contains("List.of(")) {
            imports.add("java.util.List");
        }
        return imports;
    }

    private static String columnChange(AlterColumn op) {
        Column from = op.from();
        Column to = op.to();
        StringBuilder java = new StringBuilder("change()");
        for (AlterColumn.Change change : op.changes()) {
            switch (change) {
                case TYPE -> java.append(".type(").append(string(ShortTypeNames.of(to.type()))).append(')')
                        .append(op.using() == null ? "" : ".using(" + string(op.using()) + ")");
                case DEFAULT -> java.append(to.defaultExpression() == null ? ".dropServerDefault()"
                        : ".serverDefault(" + string(to.defaultExpression()) + ")");
                case NULLABLE -> java.append(".nullable(").append(to.nullable()).append(')');
                case IDENTITY -> java.append(".identity(Identity.").append(to.identity().name()).append(')');
                case COMMENT -> java.append(to.comment() == null ? ".dropComment()"
                        : ".comment(" + string(to.comment()) + ")");
                default -> throw new IllegalStateException("unhandled change " + change + " of " + from.name());
            }
        }
        return java.toString();
    }

    private static String dropConstraint(String constraint, QualifiedName table) {
        return "op.dropConstraint(" + string(constraint) + ", " + name(table) + ");";
    }

    private static String execute(Operation op) {
        return PostgresSql.statements(op).stream().map(sql -> "op.execute(" + string(sql) + ");")
                .collect(Collectors.joining("\n"));
    }

    private static String name(QualifiedName name) {
        return string(name.toString());
    }
}
