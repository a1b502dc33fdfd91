package com.capp.autogen.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL stores {@code x IN (a, b)} as {@code x = ANY (ARRAY[a, b])}, {@code x NOT IN (a, b)}
 * as {@code x <> ALL (ARRAY[a, b])}, and a one-element list as a plain {@code =} / {@code <>}.
 */
final class InLists {

    private static final Pattern IN = Pattern.compile("\\s(not\\s+)?in\\s*\\(");

    private InLists() {
    }

    static String asAnyArray(String text) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        Matcher m = IN.matcher(text);
        while (m.find(from)) {
            int close = closingParenthesis(text, m.end());
            if (close < 0) {
                break;
            }
            String items = asAnyArray(text.substring(m.end(), close));
            boolean negated = m.group(1) != null;
            out.append(text, from, m.start());
            if (topLevelComma(items)) {
                out.append(negated ? " <> all (array[" : " = any (array[").append(items).append("])");
            } else {
                out.append(negated ? " <> " : " = ").append(items);
            }
            from = close + 1;
        }
        return out.append(text.substring(from)).toString();
    }

    private static int closingParenthesis(String text, int afterOpen) {
        int depth = 1;
        for (int i = afterOpen; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean topLevelComma(String items) {
        int depth = 0;
        for (char c : items.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
