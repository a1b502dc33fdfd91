package com.capp.autogen.normalize;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Removes parentheses that group, keeping those of a function call ({@code lower(email)},
 * {@code any (array[...])}). A parenthesis after a keyword ({@code AND (}, {@code NOT (}) groups.
 * Runs on text whose string literals were set aside ({@link SqlLiterals}).
 */
final class GroupingParentheses {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "case", "when", "then", "else", "is",
            "between", "distinct", "from", "true", "false", "null");

    private GroupingParentheses() {
    }

    static String remove(String text) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> keep = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                boolean call = endsWithFunctionName(out);
                keep.push(call);
                if (!call) {
                    continue;
                }
            } else if (c == ')' && !keep.isEmpty() && !keep.pop()) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean endsWithFunctionName(CharSequence text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && isNameChar(text.charAt(start - 1))) {
            start--;
        }
        return start < end && !KEYWORDS.contains(text.subSequence(start, end).toString());
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '"' || c == '.';
    }
}
