package com.capp.autogen.inspect;

import com.capp.autogen.schema.QualifiedName;
import schemacrawler.inclusionrule.ExcludeAll;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevel;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The backbone of inspection: SchemaCrawler lists the tables and their columns (order, nullability,
 * server default as {@code pg_get_expr} gives it, comments). Only tables and columns are retrieved:
 * every other retrieval at the standard and richer levels (indexes, foreign keys, constraint
 * definitions, privileges, routines) costs queries per table and was measured to dominate the time on
 * large schemas, while the catalog queries next to this class fetch the same facts for the whole
 * schema at once, in PostgreSQL's own spelling.
 */
final class CrawledTables {

    record CrawledColumn(String name, boolean nullable, String defaultExpression, String comment) {
    }

    record CrawledTable(QualifiedName name, String comment, List<CrawledColumn> columns) {
    }

    private CrawledTables() {
    }

    static List<CrawledTable> crawl(DatabaseConnectionSource connections, InspectOptions options) {
        Catalog catalog = SchemaCrawlerUtility.getCatalog(connections, crawlOptions(options.schemas()));
        return catalog.getTables().stream()
                .filter(t -> !options.excludes(t.getName()))
                .map(t -> new CrawledTable(new QualifiedName(t.getSchema().getName(), t.getName()), t.getRemarks(),
                        t.getColumns().stream().map(c -> new CrawledColumn(c.getName(), c.isNullable(),
                                c.getDefaultValue(), c.getRemarks())).toList()))
                .toList();
    }

    static SchemaInfoLevel tablesAndColumnsOnly() {
        return SchemaInfoLevelBuilder.builder()
                .setRetrieveTables(true)
                .setRetrieveTableColumns(true)
                .setRetrieveAdditionalTableAttributes(false)
                .setRetrieveAdditionalColumnAttributes(false)
                .setRetrieveColumnDataTypes(false)
                .setRetrieveRoutines(false)
                .setRetrieveSequenceInformation(false)
                .setRetrieveDatabaseInfo(false)
                .setRetrieveServerInfo(false)
                .toOptions();
    }

    private static SchemaCrawlerOptions crawlOptions(List<String> schemas) {
        String schemaRegex = schemas.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(LimitOptionsBuilder.builder()
                        .includeSchemas(Pattern.compile(schemaRegex))
                        .includeRoutines(new ExcludeAll())
                        .includeSequences(new ExcludeAll())
                        .includeSynonyms(new ExcludeAll())
                        .tableTypes(List.of("TABLE", "PARTITIONED TABLE"))
                        .toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(tablesAndColumnsOnly()).toOptions());
    }
}
