package com.capp.autogen.inspect;

import com.capp.autogen.inspect.ColumnTypesQuery.ColumnFacts;
import com.capp.autogen.inspect.CrawledTables.CrawledColumn;
import com.capp.autogen.inspect.CrawledTables.CrawledTable;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.EnumType;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.Table;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Reads a live PostgreSQL database into a {@link Schema}: SchemaCrawler for tables and columns, one
 * catalog query per other kind of object for the whole schema (see each query for why it exists).
 */
public final class DatabaseInspector {

    private final DataSource dataSource;

    public DatabaseInspector(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Schema inspect(InspectOptions options) {
        List<CrawledTable> crawled = CrawledTables.crawl(DatabaseConnectionSources.fromDataSource(dataSource), options);
        try (Connection connection = dataSource.getConnection()) {
            List<String> schemas = options.schemas();
            Map<QualifiedName, Map<String, ColumnFacts>> types = ColumnTypesQuery.run(connection, schemas);
            Map<QualifiedName, TableConstraints> constraints = ConstraintsQuery.run(connection, schemas);
            Map<QualifiedName, List<Index>> indexes = IndexesQuery.run(connection, schemas);
            List<Table> tables = crawled.stream().map(t -> table(t, types.getOrDefault(t.name(), Map.of()),
                    constraints.getOrDefault(t.name(), new TableConstraints()),
                    indexes.getOrDefault(t.name(), List.of()))).toList();
            List<Sequence> sequences = TypesAndSequencesQuery.sequences(connection, schemas);
            List<EnumType> enums = TypesAndSequencesQuery.enums(connection, schemas);
            List<String> nonDefault = existingSchemas(connection, schemas);
            return new Schema(nonDefault, tables, sequences, enums);
        } catch (SQLException e) {
            throw new InspectionException("cannot read the database catalog: " + e.getMessage(), e);
        }
    }

    private static Table table(CrawledTable crawled, Map<String, ColumnFacts> types, TableConstraints constraints,
                               List<Index> indexes) {
        List<Column> columns = crawled.columns().stream().map(c -> column(c, types.get(c.name()))).toList();
        return new Table(crawled.name(), columns, constraints.primaryKey, constraints.uniques, indexes,
                constraints.foreignKeys, constraints.checks, crawled.comment());
    }

    private static Column column(CrawledColumn crawled, ColumnFacts facts) {
        if (facts == null) {
            throw new InspectionException("column " + crawled.name() + " vanished while inspecting", null);
        }
        // identity columns report their sequence as a default through JDBC; it is not a server default
        String defaultExpression = facts.identity() == com.capp.autogen.schema.Identity.NONE
                ? crawled.defaultExpression() : null;
        return new Column(crawled.name(), facts.type(), crawled.nullable(), defaultExpression, facts.identity(),
                crawled.comment());
    }

    private static List<String> existingSchemas(Connection connection, List<String> schemas) throws SQLException {
        return CatalogQuery.run(connection, "SELECT nspname FROM pg_namespace WHERE nspname = ANY (?::text[])",
                schemas, row -> row.getString(1)).stream().filter(s -> !QualifiedName.DEFAULT_SCHEMA.equals(s)).toList();
    }
}
