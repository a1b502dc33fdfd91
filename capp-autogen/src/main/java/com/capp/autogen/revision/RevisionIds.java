package com.capp.autogen.revision;

import java.util.Locale;
import java.util.Set;

/**
 * What a revision id (or branch label) may be: it is stored in the version table's
 * {@code varchar(32)} and typed on the command line, so it must not be empty, longer than the
 * column, a word the resolver gives a meaning ({@code head}, {@code base} ...), or contain a
 * character of the target syntax ({@code +2}, {@code -1}, {@code label@head}, {@code FROM:TO}).
 */
final class RevisionIds {

    /** Width of {@code version_num} in the version table. */
    static final int MAX_LENGTH = 32;
    private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");
    private static final String SYNTAX_CHARACTERS = "+-@:,";

    private RevisionIds() {
    }

    /** @param what "revision id" or "branch label"; @param location the file or class that declares it */
    static void validate(String id, String what, String location) {
        String problem = problem(id);
        if (problem != null) {
            throw new RevisionException("Invalid " + what + " '" + id + "' in " + location + ": " + problem,
                    "Use letters, digits, '_' or '.', at most " + MAX_LENGTH + " characters (e.g. \"0003\").");
        }
    }

    static String problem(String id) {
        if (id.isEmpty()) {
            return "it is empty";
        }
        if (id.length() > MAX_LENGTH) {
            return "it has " + id.length() + " characters, the version column holds " + MAX_LENGTH;
        }
        if (RESERVED.contains(id.toLowerCase(Locale.ROOT))) {
            return "'" + id + "' is a reserved word of revision targets";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "it contains whitespace";
            }
            if (SYNTAX_CHARACTERS.indexOf(c) >= 0) {
                return "'" + c + "' has a meaning in revision targets";
            }
        }
        return null;
    }
}
