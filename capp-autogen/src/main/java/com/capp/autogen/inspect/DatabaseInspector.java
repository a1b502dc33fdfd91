package com.capp.autogen.inspect;

import com.capp.autogen.inspect.TablesQuery.FoundTable;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.EnumType;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.Table;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a live PostgreSQL database into a {@link Schema}: one catalog query per kind of object
 * (tables, columns, constraints, indexes, sequences, enums) reads it for the whole schema at once,
 * over one connection (see each query for why it exists).
 */
public final class DatabaseInspector {

    private final DataSource dataSource;

    public DatabaseInspector(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Schema inspect(InspectOptions options) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> schemas = options.schemas();
            List<FoundTable> found = TablesQuery.run(connection, options);
            TableFacts facts = new TableFacts(ColumnsQuery.run(connection, schemas),
                    ConstraintsQuery.run(connection, schemas), IndexesQuery.run(connection, schemas));
            List<Table> tables = found.stream().map(facts::table).toList();
            List<Sequence> sequences = TypesAndSequencesQuery.sequences(connection, schemas);
            List<EnumType> enums = TypesAndSequencesQuery.enums(connection, schemas);
            return new Schema(existingSchemas(connection, schemas), tables, sequences, enums);
        } catch (SQLException e) {
            throw new InspectionException("cannot read the database catalog: " + e.getMessage(), e);
        }
    }

    /** Every user schema (neither {@code pg_*} nor information_schema): all a database holds as a diff target. */
    public List<String> userSchemas() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                     + " AND nspname <> 'information_schema' ORDER BY nspname")) {
            List<String> schemas = new ArrayList<>();
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
            return schemas;
        } catch (SQLException e) {
            throw new InspectionException("cannot list schemas: " + e.getMessage(), e);
        }
    }

    /** What the catalog queries found, by table; a table may have no columns, constraints or indexes. */
    private record TableFacts(Map<QualifiedName, List<Column>> columns, Map<QualifiedName, TableConstraints> constraints,
                              Map<QualifiedName, List<Index>> indexes) {

        Table table(FoundTable found) {
            QualifiedName name = found.name();
            TableConstraints c = constraints.getOrDefault(name, new TableConstraints());
            return new Table(name, columns.getOrDefault(name, List.of()), c.primaryKey, c.uniques,
                    indexes.getOrDefault(name, List.of()), c.foreignKeys, c.checks, found.comment());
        }
    }

    private static List<String> existingSchemas(Connection connection, List<String> schemas) throws SQLException {
        return CatalogQuery.run(connection, "SELECT nspname FROM pg_namespace WHERE nspname = ANY (?::text[])",
                schemas, row -> row.getString(1)).stream().filter(s -> !QualifiedName.DEFAULT_SCHEMA.equals(s)).toList();
    }
}
