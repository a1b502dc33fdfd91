package com.capp.autogen.compare;

import com.capp.autogen.schema.QualifiedName;

import java.util.List;

/**
 * The names PostgreSQL gives constraints the model leaves unnamed ({@code users_pkey},
 * {@code users_email_key}, {@code payments_sender_id_fkey}). Compare writes them into the
 * operations it creates, so the migration's downgrade can drop what its upgrade added by name.
 */
final class DefaultNames {

    private static final int MAX_IDENTIFIER = 63;

    private DefaultNames() {
    }

    static String primaryKey(QualifiedName table) {
        return name(table.name(), "", "pkey");
    }

    static String unique(QualifiedName table, List<String> columns) {
        return name(table.name(), String.join("_", columns), "key");
    }

    static String foreignKey(QualifiedName table, List<String> columns) {
        return name(table.name(), String.join("_", columns), "fkey");
    }

    static String check(QualifiedName table, int ordinal) {
        return name(table.name(), "", ordinal == 0 ? "check" : "check" + ordinal);
    }

    /** As PostgreSQL's makeObjectName: the longer of table and columns is trimmed first to fit 63 bytes. */
    private static String name(String table, String columns, String suffix) {
        int overflow = table.length() + (columns.isEmpty() ? 0 : columns.length() + 1) + suffix.length() + 1
                - MAX_IDENTIFIER;
        while (overflow > 0) {
            if (table.length() > columns.length()) {
                table = table.substring(0, table.length() - 1);
            } else {
                columns = columns.substring(0, columns.length() - 1);
            }
            overflow--;
        }
        return table + (columns.isEmpty() ? "" : "_" + columns) + "_" + suffix;
    }
}
