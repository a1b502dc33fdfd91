package com.capp.autogen.inspect;

import com.capp.autogen.schema.EnumType;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Sequence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Standalone sequences and enum types. Why queries: SchemaCrawler reads sequences only at its
 * richer levels and without the owning column (identity and serial sequences belong to their
 * column and must not be compared on their own), and it has no notion of enum labels.
 */
final class TypesAndSequencesQuery {

    private static final String SEQUENCES = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement,
                   s.seqmin, s.seqmax, s.seqcache, s.seqcycle
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?::text[])
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                              AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
            """;

    private static final String ENUMS = """
            SELECT n.nspname, t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_enum e ON e.enumtypid = t.oid
            WHERE n.nspname = ANY (?::text[])
            GROUP BY n.nspname, t.typname
            """;

    private TypesAndSequencesQuery() {
    }

    static List<Sequence> sequences(Connection connection, List<String> schemas) throws SQLException {
        return CatalogQuery.run(connection, SEQUENCES, schemas, row -> new Sequence(
                new QualifiedName(row.getString(1), row.getString(2)), row.getString("type"),
                row.getLong("seqstart"), row.getLong("seqincrement"), row.getLong("seqmin"),
                row.getLong("seqmax"), row.getLong("seqcache"), row.getBoolean("seqcycle")));
    }

    static List<EnumType> enums(Connection connection, List<String> schemas) throws SQLException {
        return CatalogQuery.run(connection, ENUMS, schemas, row -> new EnumType(
                new QualifiedName(row.getString(1), row.getString(2)), CatalogQuery.strings(row, "labels")));
    }
}
