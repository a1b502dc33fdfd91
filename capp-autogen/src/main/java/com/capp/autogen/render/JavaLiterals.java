package com.capp.autogen.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Java source spellings of values: string literals, comment text, varargs lists. A literal from here
 * never holds a unicode escape (control characters are octal escapes) so that every unicode escape in
 * a generated file is foreign and can be defused; {@link #json} is the same literal as JSON spells it.
 */
public final class JavaLiterals {

    private JavaLiterals() {
    }

    /** Double-quoted, with quotes, backslashes and control characters escaped; {@code null} for null. */
    public static String string(String text) {
        return quoted(text, "\\%03o");
    }

    /** A JSON string: as {@link #string}, but control characters as JSON's four-hex-digit escape. */
    public static String json(String text) {
        return quoted(text, "\\u%04x");
    }

    private static String quoted(String text, String controlEscape) {
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
                default -> out.append(c < 0x20 ? String.format(controlEscape, (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /**
     * Text that stays inside a {@code //} or {@code /* *}{@code /} comment: line breaks become spaces,
     * a comment end becomes {@code *&#47;} (Javadoc shows it as written) and unicode escapes are defused,
     * since javac decodes a backslash-u escape of a star and a slash into a comment end before it parses
     * comments.
     */
    public static String comment(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").replace("*/", "*&#47;");
        return defuseUnicodeEscapes(oneLine);
    }

    /**
     * Doubles the backslash of every {@code \}{@code u} sequence javac would decode (one preceded by an
     * even number of backslashes, JLS 3.3), so the text reads as written and nothing is decoded. Literals
     * from {@link #string} never hold one (their backslashes come in pairs): this only changes text put
     * into the file some other way.
     */
    public static String defuseUnicodeEscapes(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int run = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == 'u' && run % 2 == 1) {
                out.append('\\');
            }
            run = c == '\\' ? run + 1 : 0;
            out.append(c);
        }
        return out.toString();
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
