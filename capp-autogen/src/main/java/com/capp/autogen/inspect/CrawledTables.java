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
 * The backbone of inspection: SchemaCrawler (with its PostgreSQL plugin) says which tables exist,
 * with their comments. It is asked for nothing else, starting from the minimum info level: every
 * other retrieval (columns, indexes, foreign keys, constraint definitions, privileges, routines,
 * sequences, synonyms) costs queries per table or per row, while the catalog queries next to this
 * class fetch those facts for the whole schema at once, in PostgreSQL's own spelling (see
 * {@link ColumnsQuery} for the measurements behind reading columns ourselves).
 */
final class CrawledTables {

    record CrawledTable(QualifiedName name, String comment) {
    }

    private CrawledTables() {
    }

    static List<CrawledTable> crawl(DatabaseConnectionSource connections, InspectOptions options) {
        Catalog catalog = SchemaCrawlerUtility.getCatalog(connections, crawlOptions(options.schemas()));
        return catalog.getTables().stream()
                .filter(t -> !options.excludes(t.getName()))
                .map(t -> new CrawledTable(new QualifiedName(t.getSchema().getName(), t.getName()), t.getRemarks()))
                .toList();
    }

    /** The minimum level less what it still reads that compare never looks at (routines, database info). */
    static SchemaInfoLevel tablesOnly() {
        return SchemaInfoLevelBuilder.builder()
                .fromOptions(SchemaInfoLevelBuilder.minimum())
                .withoutRoutines()
                .setRetrieveTables(true)
                .setRetrieveTableColumns(false)
                .setRetrieveColumnDataTypes(false)
                .setRetrieveUserDefinedColumnDataTypes(false)
                .setRetrieveDatabaseInfo(false)
                .setRetrieveServerInfo(false)
                .withTag("capp-autogen: tables only")
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
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(tablesOnly()).toOptions());
    }
}
