package com.capp.autogen.plan;

import com.capp.autogen.ops.AddColumn;
import com.capp.autogen.ops.AlterColumn;
import com.capp.autogen.ops.DropColumn;
import com.capp.autogen.ops.DropEnum;
import com.capp.autogen.ops.DropSequence;
import com.capp.autogen.ops.DropTable;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.schema.Column;

/**
 * Flags operations that can lose data or fail on a populated table, so the reviewer reads them
 * twice: drops, type changes that are not known widenings, NOT NULL on existing rows, and changes
 * that rewrite the whole table (see {@link TableRewrite}).
 */
final class DestructiveLint {

    private final TypeWidening widening = new TypeWidening();
    private final TableRewrite rewrites = new TableRewrite();

    /** The warning for {@code op}, or null when it is safe. */
    String warning(Operation op) {
        if (op instanceof DropTable drop) {
            return "drops table " + drop.table().name() + " and all its rows";
        }
        if (op instanceof DropColumn drop) {
            return "drops column " + drop.table() + "." + drop.column().name() + " and its data";
        }
        if (op instanceof DropSequence drop) {
            return "drops sequence " + drop.sequence().name() + "; its current value is lost";
        }
        if (op instanceof DropEnum drop) {
            return "drops enum type " + drop.enumType().name() + "; fails while a column uses it";
        }
        if (op instanceof AddColumn add && !add.column().nullable() && add.column().defaultExpression() == null
                && add.column().identity() == com.capp.autogen.schema.Identity.NONE) {
            return "adds NOT NULL column " + add.table() + "." + add.column().name()
                    + " without a default; fails if the table has rows";
        }
        if (op instanceof AddColumn add) {
            return rewrites.of(add);
        }
        if (op instanceof AlterColumn alter) {
            return alterWarning(alter);
        }
        return null;
    }

    private String alterWarning(AlterColumn alter) {
        Column from = alter.from();
        Column to = alter.to();
        String where = alter.table() + "." + to.name();
        String rewrite = rewrites.of(alter);
        if (!from.type().equals(to.type()) && !widening.isWidening(from.type(), to.type())) {
            return "changes the type of " + where + " from " + from.type() + " to " + to.type()
                    + "; values that do not fit fail or are cut" + (rewrite == null ? "" : "; " + rewrite);
        }
        if (rewrite != null) {
            return rewrite;
        }
        if (from.nullable() && !to.nullable()) {
            return "makes " + where + " NOT NULL; fails if any row holds NULL";
        }
        return null;
    }
}
