package com.capp.autogen.render;

import com.capp.autogen.ops.*; // the visitor names every operation kind
import com.capp.autogen.schema.QualifiedName;

import java.util.List;
import java.util.stream.Collectors;

/** One operation in Alembic's words: {@code Detected added column 'users.nickname'}. */
final class SummaryLines implements OperationVisitor<String> {

    @Override public String visitCreateSchema(CreateSchema op) { return "Detected added schema '" + op.name() + "'"; }
    @Override public String visitDropSchema(DropSchema op) { return "Detected removed schema '" + op.name() + "'"; }
    @Override public String visitCreateTable(CreateTable op) { return "Detected added table '" + op.table().name() + "'"; }
    @Override public String visitDropTable(DropTable op) { return "Detected removed table '" + op.table().name() + "'"; }
    @Override public String visitRenameTable(RenameTable op) { return "Renamed table '" + op.table() + "' to '" + op.newName() + "'"; }
    @Override public String visitAddColumn(AddColumn op) { return "Detected added column '" + column(op.table(), op.column().name()) + "'"; }
    @Override public String visitDropColumn(DropColumn op) { return "Detected removed column '" + column(op.table(), op.column().name()) + "'"; }
    @Override public String visitRenameColumn(RenameColumn op) { return "Renamed column '" + column(op.table(), op.from()) + "' to '" + op.to() + "'"; }

    @Override
    public String visitAlterColumn(AlterColumn op) {
        String where = "'" + column(op.table(), op.to().name()) + "'";
        return op.changes().stream().map(change -> switch (change) {
            case TYPE -> "Detected type change from " + op.from().type() + " to " + op.to().type() + " on " + where;
            case NULLABLE -> "Detected " + (op.to().nullable() ? "NULL" : "NOT NULL") + " on column " + where;
            case DEFAULT -> "Detected server default change from " + op.from().defaultExpression() + " to "
                    + op.to().defaultExpression() + " on " + where;
            case IDENTITY -> "Detected identity change to " + op.to().identity() + " on " + where;
            case COMMENT -> "Detected column comment change on " + where;
        }).collect(Collectors.joining("\n"));
    }

    @Override public String visitAddPrimaryKey(AddPrimaryKey op) { return "Detected added primary key " + cols(op.primaryKey().columns()) + " on '" + op.table() + "'"; }
    @Override public String visitDropPrimaryKey(DropPrimaryKey op) { return "Detected removed primary key " + cols(op.primaryKey().columns()) + " on '" + op.table() + "'"; }
    @Override public String visitAddUniqueConstraint(AddUniqueConstraint op) { return "Detected added unique constraint '" + op.constraint().name() + "' on '" + op.table() + "' " + cols(op.constraint().columns()); }
    @Override public String visitDropUniqueConstraint(DropUniqueConstraint op) { return "Detected removed unique constraint '" + op.constraint().name() + "' on '" + op.table() + "'"; }
    @Override public String visitCreateIndex(CreateIndex op) { return "Detected added index '" + op.index().name() + "' on '" + op.table() + "'"; }
    @Override public String visitDropIndex(DropIndex op) { return "Detected removed index '" + op.index().name() + "' on '" + op.table() + "'"; }
    @Override public String visitAddForeignKey(AddForeignKey op) { return "Detected added foreign key " + cols(op.foreignKey().columns()) + cols(op.foreignKey().referencedColumns()) + " on table " + op.table(); }
    @Override public String visitDropForeignKey(DropForeignKey op) { return "Detected removed foreign key " + cols(op.foreignKey().columns()) + cols(op.foreignKey().referencedColumns()) + " on table " + op.table(); }
    @Override public String visitAddCheckConstraint(AddCheckConstraint op) { return "Detected added check constraint '" + op.check().name() + "' on '" + op.table() + "'"; }
    @Override public String visitDropCheckConstraint(DropCheckConstraint op) { return "Detected removed check constraint '" + op.check().name() + "' on '" + op.table() + "'"; }
    @Override public String visitValidateConstraint(ValidateConstraint op) { return "Validated constraint '" + op.name() + "' on '" + op.table() + "'"; }
    @Override public String visitSetTableComment(SetTableComment op) { return "Detected changed table comment on '" + op.table() + "'"; }
    @Override public String visitCreateSequence(CreateSequence op) { return "Detected added sequence '" + op.sequence().name() + "'"; }
    @Override public String visitDropSequence(DropSequence op) { return "Detected removed sequence '" + op.sequence().name() + "'"; }
    @Override public String visitCreateEnum(CreateEnum op) { return "Detected added enum '" + op.enumType().name() + "'"; }
    @Override public String visitDropEnum(DropEnum op) { return "Detected removed enum '" + op.enumType().name() + "'"; }
    @Override public String visitAddEnumValue(AddEnumValue op) { return "Detected added value '" + op.value() + "' of enum '" + op.enumType() + "'"; }
    @Override public String visitExecuteSql(ExecuteSql op) { return "SQL: " + op.sql(); }
    @Override public String visitBulkInsert(BulkInsert op) { return "Inserted " + op.rows().size() + " rows into '" + op.table() + "'"; }

    private static String column(QualifiedName table, String column) {
        return table + "." + column;
    }

    private static String cols(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }
}
