package com.capp.autogen.lint;

import com.capp.autogen.runtime.RecordingOp.Allowance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL as the rules read it: comments and dollar-quoted bodies taken out, identifiers unquoted, lower case,
 * single spaces, one string per statement. {@code -- lint:allow rule-id: reason} comments (or the
 * same in a block comment) become allowances for the statements of that text.
 */
final class SqlText {

    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$[A-Za-z_]*\\$");
    private static final Pattern ALLOW = Pattern.compile("lint:allow\\s+([A-Za-z0-9-]+)\\s*:?\\s*(.*)", Pattern.DOTALL);

    record Parsed(List<String> statements, List<Allowance> allowances) {
    }

    private SqlText() {
    }

    static Parsed parse(String sql) {
        List<String> statements = new ArrayList<>();
        List<Allowance> allowances = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                allowance(sql.substring(i + 2, end), allowances);
                i = end;
                current.append(' ');
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? sql.length() : end;
                allowance(sql.substring(i + 2, end), allowances);
                i = Math.min(sql.length(), end + 2);
                current.append(' ');
            } else if (c == '\'') {
                int end = skipQuoted(sql, i, '\'');
                current.append(sql, i, end); // kept: SET lock_timeout = '0' must read as zero
                i = end;
            } else if (c == '"') {
                int end = skipQuoted(sql, i, '"');
                current.append(sql, i + 1, end - 1);
                i = end;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                i = end < 0 ? sql.length() : end + tag.length();
                current.append("'?'");
            } else if (c == ';') {
                add(current, statements);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(current, statements);
        return new Parsed(List.copyOf(statements), List.copyOf(allowances));
    }

    /** {@code public.users} and {@code users} are the same table. */
    static String table(String name) {
        return name.startsWith("public.") ? name.substring("public.".length()) : name;
    }

    private static void allowance(String comment, List<Allowance> allowances) {
        Matcher m = ALLOW.matcher(comment.trim());
        if (m.matches()) {
            allowances.add(new Allowance(m.group(1), m.group(2).trim()));
        }
    }

    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static String dollarTag(String sql, int start) {
        Matcher m = DOLLAR_TAG.matcher(sql).region(start, sql.length());
        return m.lookingAt() ? m.group() : null;
    }

    private static void add(StringBuilder current, List<String> statements) {
        String text = current.toString().replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            statements.add(text);
        }
        current.setLength(0);
    }
}
