package com.capp.autogen.runtime;

import com.capp.autogen.api.ColumnChange;
import com.capp.autogen.ops.AlterColumn;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Identity;
import com.capp.autogen.schema.QualifiedName;

/**
 * Stand-ins for state a migration does not state (the column before {@code alterColumn}). The
 * "from" column is built so that {@link AlterColumn#changes()} contains exactly what the
 * {@link ColumnChange} asks for, and the SQL renderer emits exactly those clauses.
 */
final class UnknownState {

    static final String TYPE = "unknown";
    private static final String SOMETHING = "unknown";

    private UnknownState() {
    }

    static AlterColumn alterColumn(QualifiedName table, String column, ColumnChange change) {
        Column from = new Column(column, TYPE, true, null, Identity.NONE, null);
        Column to = from;
        if (change.type().isPresent()) {
            to = to.withType(change.type().get());
        }
        if (change.nullable().isPresent()) {
            boolean nullable = change.nullable().get();
            from = from.withNullable(!nullable);
            to = to.withNullable(nullable);
        }
        if (change.serverDefault().isPresent()) {
            String wanted = change.serverDefault().get().orElse(null);
            from = from.withDefault(wanted == null ? SOMETHING : null);
            to = to.withDefault(wanted);
        }
        if (change.identity().isPresent()) {
            Identity wanted = change.identity().get();
            from = from.withIdentity(wanted == Identity.NONE ? Identity.BY_DEFAULT : Identity.NONE);
            to = to.withIdentity(wanted);
        }
        if (change.comment().isPresent()) {
            String wanted = change.comment().get().orElse(null);
            from = from.withComment(wanted == null ? SOMETHING : null);
            to = to.withComment(wanted);
        }
        return new AlterColumn(table, from, to, change.using().orElse(null));
    }
}
