package com.capp.autogen.app;

import com.capp.autogen.config.DatabaseUrl;
import com.capp.autogen.inspect.DatabaseInspector;
import com.capp.autogen.inspect.InspectOptions;
import com.capp.autogen.inspect.ServerCanonicalizer;
import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/** A live PostgreSQL database, read by the inspector; the version and audit tables are left out. */
public final class DatabaseSchemaSource implements SchemaSource {

    private final DataSource dataSource;
    private final String description;
    private final String versionTable;
    private final Consumer<String> warnings;

    public DatabaseSchemaSource(DataSource dataSource, String description, String versionTable,
                                Consumer<String> warnings) {
        this.dataSource = dataSource;
        this.description = description;
        this.versionTable = versionTable;
        this.warnings = warnings;
    }

    /** Warnings (the fallback to string rules) go to the log. */
    public DatabaseSchemaSource(DataSource dataSource, String description, String versionTable) {
        this(dataSource, description, versionTable, LoggerFactory.getLogger(DatabaseSchemaSource.class)::warn);
    }

    /** A configured database: connection failures name it, never with the password. */
    public static DatabaseSchemaSource fromUrl(DatabaseUrl url, String versionTable, Consumer<String> warnings) {
        return new DatabaseSchemaSource(new UrlDataSource(url), url.describe(), versionTable, warnings);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Schema load(List<String> alsoSchemas) {
        LinkedHashSet<String> schemas = new LinkedHashSet<>();
        schemas.add(QualifiedName.DEFAULT_SCHEMA);
        schemas.addAll(alsoSchemas);
        return new DatabaseInspector(dataSource).inspect(InspectOptions.of(new ArrayList<>(schemas), versionTable));
    }

    @Override
    public Schema loadAll() {
        return load(new DatabaseInspector(dataSource).userSchemas());
    }

    @Override
    public ExpressionEquivalence equivalenceFor(Schema current, Schema target) {
        return new ServerCanonicalizer(dataSource, warnings).equivalenceFor(current, target);
    }

    @Override
    public String describe() {
        return description;
    }
}
