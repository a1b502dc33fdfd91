package com.capp.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical text of a database schema, produced by shared/capp/catalog.sql: two databases
 * have the same schema iff their snapshots are equal. Compare with {@code assertEquals} on the
 * whole text so a failure shows a readable diff.
 */
public final class CatalogSnapshot {

    public static final String DEFAULT_SCHEMAS = "public";
    public static final String DEFAULT_EXCLUDE_RE = "version|history|^databasechangelog";

    private CatalogSnapshot() {
    }

    public static String of(TestDatabase database) {
        return of(database, DEFAULT_SCHEMAS, DEFAULT_EXCLUDE_RE);
    }

    /**
     * @param schemas   comma-separated schema names
     * @param excludeRe case-insensitive regex of table names to leave out (tool bookkeeping tables)
     */
    public static String of(TestDatabase database, String schemas, String excludeRe) {
        // A connection of its own: catalog.sql pins search_path for the session.
        try (Connection connection = database.connect()) {
            return of(connection, schemas, excludeRe);
        } catch (SQLException e) {
            throw new IllegalStateException("catalog snapshot of " + database + " failed", e);
        }
    }

    public static String of(Connection connection, String schemas, String excludeRe) throws SQLException {
        String sql = catalogQuery(schemas, excludeRe);
        try (Statement statement = connection.createStatement()) {
            boolean isResultSet = statement.execute(sql);
            List<String> lines = new ArrayList<>();
            // The script is SETs followed by one query; its rows are the snapshot.
            while (isResultSet || statement.getUpdateCount() != -1) {
                if (isResultSet) {
                    lines.clear();
                    try (ResultSet rows = statement.getResultSet()) {
                        while (rows.next()) {
                            lines.add(rows.getString(1));
                        }
                    }
                }
                isResultSet = statement.getMoreResults();
            }
            return String.join("\n", lines);
        }
    }

    static String catalogQuery(String schemas, String excludeRe) {
        return PsqlText.withoutMetaCommands(readCatalogScript())
                .replace(":'schemas'", PsqlText.quoteLiteral(schemas))
                .replace(":'exclude_re'", PsqlText.quoteLiteral(excludeRe));
    }

    private static String readCatalogScript() {
        Path file = SharedFiles.capp("catalog.sql");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
