package com.capp.autogen.inspect;

import com.capp.autogen.normalize.ServerSpellings;
import com.capp.autogen.normalize.ServerSpellings.Place;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one round trip that asks PostgreSQL to spell the target's expressions: in a transaction that
 * is rolled back, a temporary table per target table (with the target's column types) receives the
 * target's defaults, checks, expression index keys and partial-index predicates, and one query reads
 * them back with the functions the inspector uses ({@code pg_get_expr}, {@code pg_get_indexdef}).
 * Each statement runs in its own subtransaction, so an expression the server refuses (a type or
 * function that does not exist yet) only leaves that one text to the string rules.
 */
final class CanonicalizationScript {

    /** Ends the DO block's body; a statement containing it cannot be embedded and is left out. */
    private static final String BODY_QUOTE = "$capp_canon$";
    private static final String TABLE_PREFIX = "capp_canon_t";
    private static final String OBJECT_PREFIX = "capp_canon_e";

    private static final String READ_BACK = """
            SELECT c.relname || '.' || a.attname, pg_get_expr(d.adbin, d.adrelid)
            FROM pg_attrdef d
            JOIN pg_class c ON c.oid = d.adrelid
            JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
            WHERE c.relnamespace = pg_my_temp_schema()
            UNION ALL
            SELECT co.conname, pg_get_expr(co.conbin, co.conrelid)
            FROM pg_constraint co JOIN pg_class c ON c.oid = co.conrelid
            WHERE c.relnamespace = pg_my_temp_schema() AND co.contype = 'c'
            UNION ALL
            SELECT ic.relname, CASE WHEN i.indpred IS NULL THEN pg_get_indexdef(i.indexrelid, 1, false)
                                    ELSE pg_get_expr(i.indpred, i.indrelid) END
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
            WHERE ic.relnamespace = pg_my_temp_schema()
            """;

    private final List<String> statements = new ArrayList<>();
    /** What each read-back row answers: its first column, the place of the model's text. */
    private final Map<String, Place> places = new HashMap<>();

    private CanonicalizationScript() {
    }

    static CanonicalizationScript of(Schema target) {
        CanonicalizationScript script = new CanonicalizationScript();
        target.tables().forEach(script::addTable);
        return script;
    }

    boolean isEmpty() {
        return places.isEmpty();
    }

    /** How many model texts the script asks the server to spell. */
    int questions() {
        return places.size();
    }

    /** Begin, the DO block, the read-back query, rollback: sent as one string, so one round trip. */
    String sql() {
        String array = statements.stream().map(s -> "'" + s.replace("'", "''") + "'")
                .collect(Collectors.joining(",\n"));
        return "BEGIN;\nSET LOCAL standard_conforming_strings = on;\n"
                + "DO " + BODY_QUOTE + "\nDECLARE statement text;\nBEGIN\n"
                + "  FOREACH statement IN ARRAY ARRAY[" + array + "]::text[] LOOP\n"
                + "    BEGIN EXECUTE statement; EXCEPTION WHEN OTHERS THEN NULL; END;\n" // left to the string rules
                + "  END LOOP;\nEND\n" + BODY_QUOTE + ";\n"
                + READ_BACK + ";\nROLLBACK";
    }

    /** Runs {@link #sql} and collects the server's spellings. */
    ServerSpellings run(Statement statement) throws SQLException {
        ServerSpellings.Builder spellings = ServerSpellings.builder();
        boolean isResultSet = statement.execute(sql());
        while (isResultSet || statement.getUpdateCount() != -1) {
            if (isResultSet) {
                try (ResultSet rows = statement.getResultSet()) {
                    while (rows.next()) {
                        Place place = places.get(rows.getString(1));
                        if (place != null && rows.getString(2) != null) {
                            spellings.add(place, rows.getString(2));
                        }
                    }
                }
            }
            isResultSet = statement.getMoreResults();
        }
        return spellings.build();
    }

    private void addTable(Table table) {
        if (table.columns().isEmpty() || !hasExpressions(table)) {
            return;
        }
        String temp = TABLE_PREFIX + statements.size();
        String columns = table.columns().stream().map(c -> quote(c.name()) + " " + c.type())
                .collect(Collectors.joining(", "));
        add("CREATE TEMP TABLE " + temp + " (" + columns + ")", null, null);
        for (Column column : table.columns()) {
            if (column.defaultExpression() != null) {
                add("ALTER TABLE " + temp + " ALTER COLUMN " + quote(column.name()) + " SET DEFAULT "
                        + column.defaultExpression(), temp + "." + column.name(),
                        new Place(table.name(), column.name(), column.defaultExpression()));
            }
        }
        for (CheckConstraint check : table.checks()) {
            String name = objectName();
            add("ALTER TABLE " + temp + " ADD CONSTRAINT " + name + " CHECK (" + check.expression() + ") NOT VALID",
                    name, new Place(table.name(), null, check.expression()));
        }
        table.indexes().forEach(index -> addIndex(table, temp, index));
    }

    private void addIndex(Table table, String temp, Index index) {
        for (IndexKey key : index.keys()) {
            if (key.expression()) {
                String name = objectName();
                add("CREATE INDEX " + name + " ON " + temp + " USING " + index.method() + " ((" + key.text() + "))",
                        name, new Place(table.name(), null, key.text()));
            }
        }
        if (index.where() != null) {
            String name = objectName();
            add("CREATE INDEX " + name + " ON " + temp + " (" + quote(table.columns().get(0).name()) + ") WHERE "
                    + index.where(), name, new Place(table.name(), null, index.where()));
        }
    }

    private static boolean hasExpressions(Table table) {
        return !table.checks().isEmpty() || table.columns().stream().anyMatch(c -> c.defaultExpression() != null)
                || table.indexes().stream().anyMatch(i -> i.where() != null
                        || i.keys().stream().anyMatch(IndexKey::expression));
    }

    private String objectName() {
        return OBJECT_PREFIX + statements.size();
    }

    private void add(String statement, String answerKey, Place place) {
        if (statement.contains(BODY_QUOTE)) {
            return;
        }
        statements.add(statement);
        if (place != null) {
            places.put(answerKey, place);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
