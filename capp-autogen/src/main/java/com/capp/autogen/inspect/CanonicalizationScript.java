package com.capp.autogen.inspect;

import com.capp.autogen.normalize.ServerSpellings;
import com.capp.autogen.normalize.ServerSpellings.Place;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one round trip that asks PostgreSQL to spell the target's expressions: in a transaction that
 * is rolled back, temporary tables with the target's column types ({@link ScratchTable}) receive
 * the target's defaults, checks, expression index keys and partial-index predicates, and one query
 * reads them back with the functions the inspector uses ({@code pg_get_expr}, {@code pg_get_indexdef}).
 * Each statement runs in its own subtransaction, so an expression the server refuses (a type or
 * function that does not exist yet) only leaves its text to the string rules.
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

    private final List<ScratchTable> scratchTables = new ArrayList<>();
    private final List<String> objectStatements = new ArrayList<>();
    /** What each read-back row answers (its first column): the places of the model's text. */
    private final Map<String, List<Place>> places = new HashMap<>();

    private CanonicalizationScript() {
    }

    /**
     * Asks only what compare will need: texts of tables on both sides that differ from the current
     * side's text at the same place (identical texts are equal without asking, and a new table's
     * expressions are created, not compared). So a database compared with itself or with a near
     * copy asks almost nothing.
     */
    static CanonicalizationScript of(Schema current, Schema target) {
        CanonicalizationScript script = new CanonicalizationScript();
        Map<QualifiedName, Table> currentTables = new HashMap<>();
        current.tables().forEach(t -> currentTables.put(t.name(), t));
        for (Table table : target.tables()) {
            Table have = currentTables.get(table.name());
            if (have != null && !table.columns().isEmpty()) {
                script.addTable(table, new AlreadySpelled(have));
            }
        }
        return script;
    }

    boolean isEmpty() {
        return places.isEmpty();
    }

    /** How many model texts the script asks the server to spell. */
    int questions() {
        return places.values().stream().mapToInt(List::size).sum();
    }

    /** Begin, the DO block, the read-back query, rollback: sent as one string, so one round trip. */
    String sql() {
        String array = Stream.concat(scratchTables.stream().flatMap(t -> t.statements().stream()),
                        objectStatements.stream())
                .map(s -> "'" + s.replace("'", "''") + "'").collect(Collectors.joining(",\n"));
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
                        String text = rows.getString(2);
                        places.getOrDefault(rows.getString(1), List.of())
                                .forEach(place -> spellings.add(place, text));
                    }
                }
            }
            isResultSet = statement.getMoreResults();
        }
        return spellings.build();
    }

    private void addTable(Table table, AlreadySpelled known) {
        Map<String, String> defaults = new LinkedHashMap<>();
        table.columns().stream().filter(c -> c.defaultExpression() != null && !known.isDefault(c))
                .filter(c -> !c.defaultExpression().contains(BODY_QUOTE))
                .forEach(c -> defaults.put(c.name(), c.defaultExpression()));
        if (defaults.isEmpty() && !hasExpressionQuestions(table, known)) {
            return;
        }
        ScratchTable scratch = host(table, defaults);
        defaults.forEach((column, text) -> places.computeIfAbsent(scratch.name() + "." + column, k -> new ArrayList<>())
                .add(new Place(table.name(), column, text)));
        for (CheckConstraint check : table.checks()) {
            if (!known.isExpression(check.expression())) {
                String name = objectName();
                ask("ALTER TABLE " + scratch.name() + " ADD CONSTRAINT " + name + " CHECK (" + check.expression()
                        + ") NOT VALID", name, new Place(table.name(), null, check.expression()));
            }
        }
        table.indexes().forEach(index -> addIndex(table, scratch, index, known));
    }

    private void addIndex(Table table, ScratchTable scratch, Index index, AlreadySpelled known) {
        for (IndexKey key : index.keys()) {
            if (key.expression() && !known.isExpression(key.text())) {
                String name = objectName();
                ask("CREATE INDEX " + name + " ON " + scratch.name() + " USING " + index.method() + " ((" + key.text()
                        + "))", name, new Place(table.name(), null, key.text()));
            }
        }
        if (index.where() != null && !known.isExpression(index.where())) {
            String name = objectName();
            ask("CREATE INDEX " + name + " ON " + scratch.name() + " (" + scratch.anyColumn(table) + ") WHERE "
                    + index.where(), name, new Place(table.name(), null, index.where()));
        }
    }

    /** The first scratch table that can host this one, or a new one. */
    private ScratchTable host(Table table, Map<String, String> defaults) {
        for (ScratchTable scratch : scratchTables) {
            if (scratch.tryHost(table, defaults)) {
                return scratch;
            }
        }
        ScratchTable scratch = new ScratchTable(TABLE_PREFIX + scratchTables.size());
        scratch.tryHost(table, defaults);
        scratchTables.add(scratch);
        return scratch;
    }

    private static boolean hasExpressionQuestions(Table table, AlreadySpelled known) {
        return table.checks().stream().anyMatch(c -> !known.isExpression(c.expression()))
                || table.indexes().stream().anyMatch(i -> i.where() != null && !known.isExpression(i.where())
                        || i.keys().stream().anyMatch(k -> k.expression() && !known.isExpression(k.text())));
    }

    private String objectName() {
        return OBJECT_PREFIX + objectStatements.size();
    }

    private void ask(String statement, String answerKey, Place place) {
        if (!statement.contains(BODY_QUOTE)) {
            objectStatements.add(statement);
            places.computeIfAbsent(answerKey, k -> new ArrayList<>()).add(place);
        }
    }
}
