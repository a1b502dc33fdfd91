package com.capp.autogen.oracle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two catalog.sql snapshots compared the oracle's way: names of constraints and indexes the model
 * does not name (Hibernate hashes them, PostgreSQL derives them) are masked; everything else must
 * be identical. A mismatch is described as the lines only one side has.
 */
final class CatalogDiff {

    /** Hibernate's hashed names ({@code FK3k2...}) and PostgreSQL's chosen ones ({@code t_c_key}, {@code t_pkey1}). */
    private static final Pattern UNNAMED = Pattern.compile(
            "(?i)(fk|uk|pk|idx)[0-9a-z]{20,}|[a-z0-9_]+_(pkey|key|fkey|check|idx|excl)[0-9]*");
    private static final Pattern NAME_FIELD = Pattern.compile("^(constraint|index)\\|[^|]+\\|\"?([^|\"]+)\"?\\|");

    private CatalogDiff() {
    }

    /** Null when the snapshots agree, else the differing lines. */
    static String difference(String expected, String actual) {
        List<String> want = masked(expected);
        List<String> have = masked(actual);
        if (want.equals(have)) {
            return null;
        }
        Set<String> missing = new LinkedHashSet<>(want);
        have.forEach(missing::remove);
        Set<String> extra = new LinkedHashSet<>(have);
        want.forEach(extra::remove);
        StringBuilder text = new StringBuilder();
        missing.forEach(l -> text.append("- ").append(l).append('\n'));
        extra.forEach(l -> text.append("+ ").append(l).append('\n'));
        return text.length() == 0 ? "same lines, different multiplicity:\n" + String.join("\n", have) : text.toString();
    }

    static List<String> masked(String snapshot) {
        List<String> lines = List.of(snapshot.split("\n"));
        Set<String> unnamed = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher name = NAME_FIELD.matcher(line);
            if (name.find() && UNNAMED.matcher(name.group(2)).matches()) {
                unnamed.add(name.group(2));
            }
        }
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            String masked = line;
            for (String name : unnamed) {
                masked = masked.replaceAll("\"?\\b" + Pattern.quote(name) + "\\b\"?", "<unnamed>");
            }
            result.add(masked);
        }
        result.sort(null);
        return result;
    }
}
