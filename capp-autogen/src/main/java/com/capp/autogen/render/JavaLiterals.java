package com.capp.autogen.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Java source spellings of values: string literals, varargs lists. A string literal from here is
 * also a valid JSON string (the same escapes), which is why {@code check --format json} uses it.
 */
public final class JavaLiterals {

    private JavaLiterals() {
    }

    /** Double-quoted, with quotes, backslashes and control characters escaped; {@code null} for null. */
    public static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** {@code "a", "b"}: the tail of a varargs call. */
    static String strings(List<String> texts) {
        return texts.stream().map(JavaLiterals::string).collect(Collectors.joining(", "));
    }

    static String value(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value instanceof Long ? value + "L" : String.valueOf(value);
        }
        return string(value.toString());
    }
}
