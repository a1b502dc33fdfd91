package com.capp.autogen.cli;

import com.capp.autogen.app.DiffResult;
import com.capp.autogen.app.SchemaSource;
import com.capp.autogen.app.SchemaSources;
import com.capp.autogen.render.JavaMigrationRenderer;
import com.capp.autogen.render.MigrationBody;
import com.capp.autogen.render.SqlScriptRenderer;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The migration between any two schema sources, printed as SQL, Java or a summary. */
final class DiffCommand extends ProjectCommand implements DriftCommand {

    private final AutogenOptions autogen;
    private final OptionSpec from = Specs.option("<from>", "Database URL, 'model' or 'migrations'.", "--from")
            .required(true).build();
    private final OptionSpec to = Specs.option("<to>", "Database URL, 'model' or 'migrations'.", "--to")
            .required(true).build();
    /** The output: one of three, an exclusive group (none given: the summary); asked with {@code given}. */
    private final OptionSpec sql = Specs.flag("PostgreSQL statements (upgrade).", "--sql").build();
    private final OptionSpec java = Specs.flag("upgrade() and downgrade() bodies for a migration class.", "--java")
            .build();
    private final OptionSpec summary = Specs.flag("One line per detected change (the default).", "--summary").build();

    DiffCommand(Main main) {
        super(main, "diff", "Print the migration that turns the schema of --from into that of --to.",
                "Sources: a database URL, 'model' (the entities) or 'migrations' (replayed into an embedded PostgreSQL).");
        Specs.exitCodes(spec(), "Exit codes:%n", "0:The two schemas match.", "1:They differ (the migration is printed).",
                "2:Error.");
        autogen = new AutogenOptions(spec());
        spec().addOption(from).addOption(to)
                .addArgGroup(ArgGroupSpec.builder().exclusive(true).addArg(sql).addArg(java).addArg(summary).build());
    }

    @Override
    public Integer call() {
        AutogenArguments autogen = this.autogen.values();
        SchemaSources sources = sources(autogen);
        DiffResult result;
        try (SchemaSource current = sources.named(from.getValue()); SchemaSource target = sources.named(to.getValue())) {
            result = diffUseCase(autogen).diff(current, target, autogen.compareOptions());
        }
        if (given(sql)) {
            out().print(new SqlScriptRenderer().render(result.plan().upgrade()));
        } else if (given(java)) {
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
