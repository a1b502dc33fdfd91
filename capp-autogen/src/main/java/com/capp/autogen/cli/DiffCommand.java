package com.capp.autogen.cli;

import com.capp.autogen.app.DiffResult;
import com.capp.autogen.app.SchemaSource;
import com.capp.autogen.app.SchemaSources;
import com.capp.autogen.render.JavaMigrationRenderer;
import com.capp.autogen.render.MigrationBody;
import com.capp.autogen.render.SqlScriptRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The migration between any two schema sources, printed as SQL, Java or a summary. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Print the migration that turns the schema of --from into that of --to.",
                "Sources: a database URL, 'model' (the entities) or 'migrations' (replayed into an embedded PostgreSQL)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:The two schemas match.", "1:They differ (the migration is printed).", "2:Error."})
final class DiffCommand extends ProjectCommand implements DriftCommand {

    @Mixin
    AutogenOptions autogen;

    @Option(names = "--from", required = true, description = "Database URL, 'model' or 'migrations'.")
    String from;

    @Option(names = "--to", required = true, description = "Database URL, 'model' or 'migrations'.")
    String to;

    @ArgGroup(exclusive = true)
    Output output = new Output();

    static final class Output {
        @Option(names = "--sql", description = "PostgreSQL statements (upgrade).") boolean sql;
        @Option(names = "--java", description = "upgrade() and downgrade() bodies for a migration class.") boolean java;
        @Option(names = "--summary", description = "One line per detected change (the default).") boolean summary;
    }

    @Override
    public Integer call() {
        SchemaSources sources = sources(autogen);
        DiffResult result;
        try (SchemaSource current = sources.named(from); SchemaSource target = sources.named(to)) {
            result = diffUseCase(autogen).diff(current, target, autogen.compareOptions());
        }
        if (output.sql) {
            out().print(new SqlScriptRenderer().render(result.plan().upgrade()));
        } else if (output.java) {
            MigrationBody body = new JavaMigrationRenderer().render(result.plan());
            body.imports().forEach(i -> out().println("import " + i + ";"));
            out().print("// upgrade\n" + body.upgrade() + "// downgrade\n" + body.downgrade());
        } else if (result.isEmpty()) {
            out().println("No changes in schema detected.");
        } else {
            result.summary().forEach(out()::println);
        }
        out().flush();
        return result.isEmpty() ? ExitCodes.MATCHING : ExitCodes.DIFFERENCES;
    }
}
