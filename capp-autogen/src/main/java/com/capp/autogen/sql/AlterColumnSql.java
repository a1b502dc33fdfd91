package com.capp.autogen.sql;

import com.capp.autogen.ops.AlterColumn;
import com.capp.autogen.ops.AlterColumn.Change;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.capp.autogen.sql.Identifiers.quote;

/**
 * The statements of one column alteration. The default is dropped before a type change and set
 * after it, because the old default may not cast to the new type.
 */
final class AlterColumnSql {

    private final AlterColumn op;
    private final Set<Change> changes;
    private final String prefix;

    AlterColumnSql(AlterColumn op) {
        this.op = op;
        this.changes = op.changes();
        this.prefix = SqlClauses.alterTable(op.table()) + "ALTER COLUMN " + quote(op.to().name()) + " ";
    }

    List<String> statements() {
        Column from = op.from();
        Column to = op.to();
        List<String> sql = new ArrayList<>();
        boolean resetDefault = changes.contains(Change.DEFAULT)
                || (changes.contains(Change.TYPE) && from.defaultExpression() != null);
        if (resetDefault && from.defaultExpression() != null) {
            sql.add(prefix + "DROP DEFAULT");
        }
        if (changes.contains(Change.IDENTITY) && from.identity() != Identity.NONE && to.identity() == Identity.NONE) {
            sql.add(prefix + "DROP IDENTITY");
        }
        if (changes.contains(Change.TYPE)) {
            sql.add(prefix + "TYPE " + to.type() + (op.using() == null ? "" : " USING " + op.using()));
        }
        if (resetDefault && to.defaultExpression() != null) {
            sql.add(prefix + "SET DEFAULT " + to.defaultExpression());
        }
        if (changes.contains(Change.NULLABLE)) {
            sql.add(prefix + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (changes.contains(Change.IDENTITY) && to.identity() != Identity.NONE) {
            sql.add(prefix + (from.identity() == Identity.NONE
                    ? "ADD GENERATED " + to.identity().sql() + " AS IDENTITY"
                    : "SET GENERATED " + to.identity().sql()));
        }
        if (changes.contains(Change.COMMENT)) {
            sql.add(SqlClauses.columnComment(op.table(), to.name(), to.comment()));
        }
        return sql;
    }
}
