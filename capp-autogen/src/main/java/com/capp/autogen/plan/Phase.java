package com.capp.autogen.plan;

import com.capp.autogen.ops.*; // the visitor names every operation kind

/**
 * The phase each kind of operation runs in, so that everything an operation needs exists before it
 * and everything that needs what it removes is gone: types and sequences first, then drops
 * (foreign keys before the keys and tables they reference), then creations, foreign keys last;
 * sequences and enums are dropped only once no column uses them.
 */
final class Phase implements OperationVisitor<Integer> {

    @Override public Integer visitCreateSchema(CreateSchema op) { return 0; }
    @Override public Integer visitCreateEnum(CreateEnum op) { return 2; }
    @Override public Integer visitAddEnumValue(AddEnumValue op) { return 2; }
    @Override public Integer visitCreateSequence(CreateSequence op) { return 3; }
    @Override public Integer visitDropForeignKey(DropForeignKey op) { return 4; }
    @Override public Integer visitDropIndex(DropIndex op) { return 5; }
    @Override public Integer visitDropUniqueConstraint(DropUniqueConstraint op) { return 5; }
    @Override public Integer visitDropCheckConstraint(DropCheckConstraint op) { return 5; }
    @Override public Integer visitDropPrimaryKey(DropPrimaryKey op) { return 5; }
    @Override public Integer visitDropTable(DropTable op) { return 6; }
    @Override public Integer visitRenameTable(RenameTable op) { return 7; }
    @Override public Integer visitCreateTable(CreateTable op) { return 8; }
    @Override public Integer visitDropColumn(DropColumn op) { return 9; }
    @Override public Integer visitRenameColumn(RenameColumn op) { return 10; }
    @Override public Integer visitAddColumn(AddColumn op) { return 10; }
    @Override public Integer visitAlterColumn(AlterColumn op) { return 10; }
    @Override public Integer visitSetTableComment(SetTableComment op) { return 10; }
    @Override public Integer visitExecuteSql(ExecuteSql op) { return 10; }
    @Override public Integer visitBulkInsert(BulkInsert op) { return 10; }
    @Override public Integer visitAddPrimaryKey(AddPrimaryKey op) { return 11; }
    @Override public Integer visitAddUniqueConstraint(AddUniqueConstraint op) { return 11; }
    @Override public Integer visitAddCheckConstraint(AddCheckConstraint op) { return 11; }
    @Override public Integer visitCreateIndex(CreateIndex op) { return 11; }
    @Override public Integer visitAddForeignKey(AddForeignKey op) { return 12; }
    @Override public Integer visitValidateConstraint(ValidateConstraint op) { return 12; }
    @Override public Integer visitDropSequence(DropSequence op) { return 13; }
    /** Before its re-creation when an enum is replaced (phase 1), else after the columns using it. */
    @Override public Integer visitDropEnum(DropEnum op) { return 14; }
    @Override public Integer visitDropSchema(DropSchema op) { return 15; }

    static final int REPLACED_ENUM_DROP = 1;
}
