package com.capp.autogen.ops;

import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.EnumType;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.Table;
import com.capp.autogen.schema.UniqueConstraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OperationReverseTest {

    private static final QualifiedName USERS = QualifiedName.parse("users");
    private static final Column NICKNAME = Column.of("nickname", "character varying(50)");

    static List<Operation> reversibleOperations() {
        Table table = Table.of(USERS, List.of(Column.of("id", "uuid").withNullable(false)),
                new PrimaryKey("users_pkey", List.of("id")));
        return List.of(
                new CreateSchema("audit"), new DropSchema("audit"),
                new CreateTable(table), new DropTable(table),
                new RenameTable(USERS, "members"),
                new AddColumn(USERS, NICKNAME), new DropColumn(USERS, NICKNAME),
                new AlterColumn(USERS, NICKNAME, NICKNAME.withNullable(false).withDefault("'x'"), null),
                new RenameColumn(USERS, "nickname", "alias"),
                new AddPrimaryKey(USERS, table.primaryKey()), new DropPrimaryKey(USERS, table.primaryKey()),
                new AddUniqueConstraint(USERS, new UniqueConstraint("uq", List.of("nickname"))),
                new DropUniqueConstraint(USERS, new UniqueConstraint("uq", List.of("nickname"))),
                new CreateIndex(USERS, Index.on("ix_nick", "nickname"), false),
                new DropIndex(USERS, Index.on("ix_nick", "nickname"), true),
                new AddForeignKey(USERS, ForeignKey.simple("fk", List.of("id"), QualifiedName.parse("people"), List.of("id"))),
                new DropForeignKey(USERS, ForeignKey.simple("fk", List.of("id"), QualifiedName.parse("people"), List.of("id"))),
                new AddCheckConstraint(USERS, new CheckConstraint("ck", "id IS NOT NULL")),
                new DropCheckConstraint(USERS, new CheckConstraint("ck", "id IS NOT NULL")),
                new SetTableComment(USERS, null, "people who pay"),
                new CreateSequence(Sequence.of(QualifiedName.parse("seq"), 1, 1)),
                new DropSequence(Sequence.of(QualifiedName.parse("seq"), 1, 1)),
                new CreateEnum(new EnumType(QualifiedName.parse("mood"), List.of("ok", "sad"))),
                new DropEnum(new EnumType(QualifiedName.parse("mood"), List.of("ok", "sad"))));
    }

    @ParameterizedTest
    @MethodSource("reversibleOperations")
    void reversingTwiceGivesTheOperationBack(Operation op) {
        assertNotEquals(op, op.reverse());
        assertEquals(op, op.reverse().reverse());
    }

    @Test
    void rawSqlAndEnumValuesRefuseToGuessTheirReverse() {
        assertThrows(IrreversibleOperationException.class, () -> new ExecuteSql("UPDATE users SET x = 1").reverse());
        assertThrows(IrreversibleOperationException.class,
                () -> new AddEnumValue(QualifiedName.parse("mood"), "happy", null, null).reverse());
    }
}
