package com.capp.autogen.schema;

import java.nio.charset.StandardCharsets;

/**
 * PostgreSQL keeps at most 63 bytes of an identifier (NAMEDATALEN - 1) and silently cuts longer
 * ones, never inside a multi-byte character; names are compared and generated in that stored form.
 */
public final class Identifiers63 {

    public static final int MAX_BYTES = 63;

    private Identifiers63() {
    }

    public static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    public static boolean fits(String name) {
        return bytes(name) <= MAX_BYTES;
    }

    /** The name as PostgreSQL stores it. */
    public static String stored(String name) {
        return clip(name, MAX_BYTES);
    }

    /** The longest prefix of {@code name} of at most {@code maxBytes} bytes that ends on a whole character. */
    public static String clip(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    /**
     * As PostgreSQL's makeObjectName, the name it gives an unnamed constraint or index:
     * {@code <table>_<columns>_<label>}, the longer of table and columns trimmed first to fit 63 bytes.
     */
    public static String objectName(String table, String columns, String label) {
        int tableBytes = bytes(table);
        int columnBytes = bytes(columns);
        int available = MAX_BYTES - bytes(label) - 1 - (columns.isEmpty() ? 0 : 1);
        while (tableBytes + columnBytes > available) {
            if (tableBytes > columnBytes) {
                tableBytes--;
            } else {
                columnBytes--;
            }
        }
        return clip(table, tableBytes) + (columns.isEmpty() ? "" : "_" + clip(columns, columnBytes)) + "_" + label;
    }
}
