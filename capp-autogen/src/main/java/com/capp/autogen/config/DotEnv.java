package com.capp.autogen.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code .env} file read as python-dotenv's {@code load_dotenv()} reads it (CAPP's Python side uses
 * it, so both sides see the same values): a port of its parser and variable expansion. Optional
 * {@code export}, quoted or unquoted keys and values, escapes in quotes, multi-line quoted values,
 * {@code #} comments after whitespace, a BOM, the last duplicate wins, {@code ${VAR}} and
 * {@code ${VAR:-default}} expanded from the environment first, then from the file's earlier values.
 * A line it cannot parse is skipped with a warning naming the line (never its text).
 */
final class DotEnv {

    private static final Logger LOG = LoggerFactory.getLogger(DotEnv.class);
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern NEWLINE = Pattern.compile("\\r\\n|\\n|\\r");
    private static final Pattern MULTILINE_WHITESPACE = Pattern.compile("\\s*", FLAGS);
    private static final Pattern WHITESPACE = Pattern.compile("[^\\S\\r\\n]*", FLAGS);
    private static final Pattern EXPORT = Pattern.compile("(?:export[^\\S\\r\\n]+)?", FLAGS);
    private static final Pattern SINGLE_QUOTED_KEY = Pattern.compile("'([^']+)'", FLAGS);
    private static final Pattern UNQUOTED_KEY = Pattern.compile("([^=#\\s]+)", FLAGS);
    private static final Pattern EQUAL_SIGN = Pattern.compile("(=[^\\S\\r\\n]*)", FLAGS);
    private static final Pattern SINGLE_QUOTED_VALUE = Pattern.compile("'((?:\\\\'|[^'])*)'", FLAGS);
    private static final Pattern DOUBLE_QUOTED_VALUE = Pattern.compile("\"((?:\\\\\"|[^\"])*)\"", FLAGS);
    private static final Pattern UNQUOTED_VALUE = Pattern.compile("([^\\r\\n]*)", FLAGS);
    private static final Pattern COMMENT = Pattern.compile("(?:[^\\S\\r\\n]*#[^\\r\\n]*)?", FLAGS);
    private static final Pattern END_OF_LINE = Pattern.compile("[^\\S\\r\\n]*(?:\\r\\n|\\n|\\r|$)", FLAGS);
    private static final Pattern REST_OF_LINE = Pattern.compile("[^\\r\\n]*(?:\\r|\\n|\\r\\n)?", FLAGS);
    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s+#.*", FLAGS | Pattern.DOTALL);
    private static final Pattern DOUBLE_QUOTE_ESCAPES = Pattern.compile("\\\\[\\\\'\"abfnrtv]");
    private static final Pattern SINGLE_QUOTE_ESCAPES = Pattern.compile("\\\\[\\\\']");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}:]*)(?::-([^}]*))?}");

    private static final int END = -1;

    private final String text;
    private int position;
    private int line = 1;

    private DotEnv(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The variables of {@code text}, expanded; a key written without {@code =} maps to null.
     *
     * @param environment the process environment, which wins over the file in {@code ${VAR}}
     */
    static Map<String, String> parse(String text, Map<String, String> environment) {
        Map<String, String> resolved = new LinkedHashMap<>();
        DotEnv reader = new DotEnv(text);
        while (reader.position < reader.text.length()) {
            reader.binding(resolved, environment);
        }
        return resolved;
    }

    private void binding(Map<String, String> resolved, Map<String, String> environment) {
        int startLine = line;
        try {
            read(MULTILINE_WHITESPACE);
            if (position >= text.length()) {
                return;
            }
            read(EXPORT);
            String key = key();
            read(WHITESPACE);
            String value = null;
            if (peek() == '=') {
                read(EQUAL_SIGN);
                value = value();
            }
            read(COMMENT);
            read(END_OF_LINE);
            if (key != null) {
                resolved.put(key, value == null ? null : expand(value, resolved, environment));
            }
        } catch (IllegalArgumentException unparsable) {
            read(REST_OF_LINE); // from where it failed, as python-dotenv does
            LOG.warn(".env: could not parse the statement starting at line {}; it is ignored", startLine);
        }
    }

    private String key() {
        int c = peek();
        if (c == '#') {
            return null;
        }
        return read(c == '\'' ? SINGLE_QUOTED_KEY : UNQUOTED_KEY);
    }

    private String value() {
        int c = peek();
        if (c == '\'') {
            return unescape(SINGLE_QUOTE_ESCAPES, read(SINGLE_QUOTED_VALUE));
        }
        if (c == '"') {
            return unescape(DOUBLE_QUOTE_ESCAPES, read(DOUBLE_QUOTED_VALUE));
        }
        if (c == END || c == '\n' || c == '\r') {
            return "";
        }
        return INLINE_COMMENT.matcher(read(UNQUOTED_VALUE)).replaceAll("").stripTrailing();
    }

    private int peek() {
        return position < text.length() ? text.charAt(position) : END;
    }

    /** Consumes {@code pattern} at the current position; its first group, if it has one. */
    private String read(Pattern pattern) {
        Matcher m = pattern.matcher(text).region(position, text.length());
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("no " + pattern);
        }
        line += (int) NEWLINE.matcher(text.substring(position, m.end())).results().count();
        position = m.end();
        return m.groupCount() > 0 ? m.group(1) : null;
    }

    private static String unescape(Pattern escapes, String value) {
        return escapes.matcher(value).replaceAll(m -> Matcher.quoteReplacement(switch (m.group().charAt(1)) {
            case 'a' -> "\007";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'v' -> "\013";
            default -> m.group().substring(1);
        }));
    }

    /** python-dotenv's {@code resolve_variables} with {@code override=False}: the environment wins. */
    private static String expand(String value, Map<String, String> earlier, Map<String, String> environment) {
        Map<String, String> scope = new HashMap<>(earlier);
        scope.putAll(environment);
        return VARIABLE.matcher(value).replaceAll(m -> {
            String name = m.group(1);
            String found = scope.containsKey(name) ? scope.get(name) : m.group(2);
            return Matcher.quoteReplacement(found == null ? "" : found);
        });
    }
}
