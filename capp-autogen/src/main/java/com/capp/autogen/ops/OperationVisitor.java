package com.capp.autogen.ops;

/** Handles every kind of {@link Operation}; one method per kind, so none can be forgotten. */
public interface OperationVisitor<R> {

    R visitCreateSchema(CreateSchema op);

    R visitDropSchema(DropSchema op);

    R visitCreateTable(CreateTable op);

    R visitDropTable(DropTable op);

    R visitRenameTable(RenameTable op);

    R visitAddColumn(AddColumn op);

    R visitDropColumn(DropColumn op);

    R visitAlterColumn(AlterColumn op);

    R visitRenameColumn(RenameColumn op);

    R visitAddPrimaryKey(AddPrimaryKey op);

    R visitDropPrimaryKey(DropPrimaryKey op);

    R visitAddUniqueConstraint(AddUniqueConstraint op);

    R visitDropUniqueConstraint(DropUniqueConstraint op);

    R visitCreateIndex(CreateIndex op);

    R visitDropIndex(DropIndex op);

    R visitAddForeignKey(AddForeignKey op);

    R visitDropForeignKey(DropForeignKey op);

    R visitAddCheckConstraint(AddCheckConstraint op);

    R visitDropCheckConstraint(DropCheckConstraint op);

    R visitValidateConstraint(ValidateConstraint op);

    R visitSetTableComment(SetTableComment op);

    R visitCreateSequence(CreateSequence op);

    R visitDropSequence(DropSequence op);

    R visitCreateEnum(CreateEnum op);

    R visitDropEnum(DropEnum op);

    R visitAddEnumValue(AddEnumValue op);

    R visitExecuteSql(ExecuteSql op);

    R visitBulkInsert(BulkInsert op);
}
