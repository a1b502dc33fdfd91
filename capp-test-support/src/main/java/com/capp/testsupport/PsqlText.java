package com.capp.testsupport;

import java.util.stream.Collectors;

/** Turns a psql script into plain SQL the JDBC driver accepts. */
final class PsqlText {

    private PsqlText() {
    }

    /**
     * Drops lines that start with a backslash ({@code \set}, {@code \pset}, {@code \if},
     * and {@code \restrict} which newer pg_dump versions write); only psql understands them.
     */
    static String withoutMetaCommands(String script) {
        return script.lines()
                .filter(line -> !line.stripLeading().startsWith("\\"))
                .collect(Collectors.joining("\n"));
    }

    /** The SQL literal for {@code value}, as psql writes for {@code :'name'}. */
    static String quoteLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
