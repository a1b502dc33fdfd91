package com.capp.autogen.compare;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns a CHECK expression reads, found as PostgreSQL would for naming it: identifiers outside
 * string literals that are columns of the table (quoted ones as written, others folded to lower case).
 */
final class CheckColumns {

    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern IDENTIFIER = Pattern.compile("\"((?:[^\"]|\"\")*)\"|([A-Za-z_][A-Za-z0-9_$]*)");

    private CheckColumns() {
    }

    /** The one column the expression reads, or null when it reads none or several. */
    static String onlyColumn(String expression, Collection<String> columns) {
        Set<String> read = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(LITERAL.matcher(expression).replaceAll(" "));
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2).toLowerCase(Locale.ROOT);
            if (columns.contains(name)) {
                read.add(name);
            }
        }
        return read.size() == 1 ? read.iterator().next() : null;
    }
}
