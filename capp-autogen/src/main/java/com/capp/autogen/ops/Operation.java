package com.capp.autogen.ops;

/**
 * One schema change: the vocabulary shared by autogenerate (compare produces operations),
 * migrations ({@code op.addColumn(...)} builds them) and every consumer (SQL, Java source,
 * summaries). Each operation carries the state it replaces, so {@link #reverse()} is exact.
 * Consumers implement {@link OperationVisitor}: adding an operation fails their compilation
 * until they handle it.
 */
public sealed interface Operation permits
        CreateSchema,
        DropSchema,
        CreateTable,
        DropTable,
        RenameTable,
        AddColumn,
        DropColumn,
        AlterColumn,
        RenameColumn,
        AddPrimaryKey,
        DropPrimaryKey,
        AddUniqueConstraint,
        DropUniqueConstraint,
        CreateIndex,
        DropIndex,
        AddForeignKey,
        DropForeignKey,
        AddCheckConstraint,
        ValidateConstraint,
        DropCheckConstraint,
        SetTableComment,
        CreateSequence,
        DropSequence,
        CreateEnum,
        DropEnum,
        AddEnumValue,
        ExecuteSql,
        BulkInsert {

    /** The operation that undoes this one. */
    Operation reverse();

    <R> R accept(OperationVisitor<R> visitor);
}
