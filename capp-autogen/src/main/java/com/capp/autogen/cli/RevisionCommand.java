package com.capp.autogen.cli;

import com.capp.autogen.embed.NewRevision;
import com.capp.autogen.embed.RevisionResult;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;
import java.util.List;

final class RevisionCommand extends ProjectCommand {

    private final OptionSpec message = Specs.option("<message>", "What the revision does.", "-m", "--message")
            .required(true).build();
    private final OptionSpec revId = Specs.option("<revId>",
            "The new revision's id (default: next number, or 12 hex chars).", "--rev-id").build();
    private final OptionSpec head = Specs.option("<head>",
            "Revision to build on: head (default), base for a new base, or a revision/label@head.", "--head")
            .defaultValue("head").build();
    private final OptionSpec splice = Specs.flag("Allow --head to be a non-head revision (starts a branch).",
            "--splice").build();
    private final OptionSpec dependsOn = Specs.list(String.class, "REV", "A revision this one depends on (repeatable).",
            "--depends-on").build();
    private final OptionSpec branchLabels = Specs.list(String.class, "LABEL",
            "A label for the branch this starts (repeatable).", "--branch-label").build();
    private final OptionSpec autogenerate = Specs.flag("Fill upgrade() and downgrade() with the differences between "
            + "the database (or, with none configured, the migrations) and the entities.", "--autogenerate").build();
    private final AutogenOptions autogen;
    private final OptionSpec sql = Specs.flag("With --autogenerate: print the upgrade's SQL instead of writing the file.",
            "--sql").build();
    private final OptionSpec dryRun = Specs.flag(
            "With --autogenerate: print the Java source instead of writing the file.", "--dry-run").build();
    private final OptionSpec split = Specs.flag("With --autogenerate: two revisions, expand (what the running code "
            + "tolerates) then contract (drops, NOT NULL, narrowings), for a deploy in between.", "--split").build();
    private final OptionSpec allowEmpty = Specs.flag(
            "With --autogenerate: write a revision even when nothing changed.", "--allow-empty").build();
    private final OptionSpec versionPath = Specs.option("DIR",
            "Write the file to this folder: migrations.location or one of migrations.locations.", "--version-path")
            .type(Path.class).build();

    RevisionCommand(Main main) {
        super(main, "revision", "Create a new revision file.",
                "With --autogenerate, its upgrade() and downgrade() hold the changes the entities need.");
        spec().addOption(message).addOption(revId).addOption(head).addOption(splice).addOption(dependsOn)
                .addOption(branchLabels).addOption(autogenerate);
        autogen = new AutogenOptions(spec());
        spec().addOption(sql).addOption(dryRun).addOption(split).addOption(allowEmpty).addOption(versionPath);
    }

    @Override
    public Integer call() {
        boolean autogenerate = this.autogenerate.getValue();
        boolean sql = this.sql.getValue();
        boolean dryRun = this.dryRun.getValue();
        if (!autogenerate && (sql || dryRun || allowEmpty.<Boolean>getValue())) {
            throw new CommandLine.ParameterException(commandLine(), (sql ? "--sql" : dryRun ? "--dry-run"
                    : "--allow-empty") + " needs --autogenerate: a revision without it has no SQL to show");
        }
        AutogenArguments autogen = this.autogen.values();
        RevisionResult result = api(autogen).revision(asked(autogen));
        List<String> changes = result instanceof RevisionResult.Created created ? created.changes() : List.of();
        List<RevisionResult.CreatedRevision> revisions = result instanceof RevisionResult.Created created
                ? created.revisions() : List.of();
        if (autogenerate) {
            changes.forEach(line -> listener().autogenerate(line));
            if (changes.isEmpty()) {
                out().println("No changes in schema detected.");
            } else {
                ((RevisionResult.Created) result).lint().lines().forEach(line -> listener().lint(line));
            }
        }
        if (sql) {
            out().print(result.sql());
        } else if (dryRun) {
            revisions.forEach(r -> out().print(r.javaSource()));
        }
        out().flush();
        revisions.forEach(r -> r.file().ifPresent(this::generated));
        return 0;
    }

    /** The command line as the Java API's request. */
    private NewRevision asked(AutogenArguments autogen) {
        List<String> dependsOn = this.dependsOn.getValue();
        List<String> branchLabels = this.branchLabels.getValue();
        NewRevision asked = NewRevision.message(message.getValue()).head(head.getValue())
                .dependsOn(dependsOn.toArray(String[]::new)).branchLabels(branchLabels.toArray(String[]::new));
        if (revId.getValue() != null) {
            asked.revId(revId.getValue());
        }
        if (splice.<Boolean>getValue()) {
            asked.splice();
        }
        if (versionPath.getValue() != null) {
            asked.versionPath(versionPath.getValue());
        }
        if (autogenerate.<Boolean>getValue()) {
            asked.autogenerate();
        }
        if (split.<Boolean>getValue()) {
            asked.split();
        }
        if (allowEmpty.<Boolean>getValue()) {
            asked.allowEmpty();
        }
        if (sql.<Boolean>getValue() || dryRun.<Boolean>getValue()) {
            asked.dryRun();
        }
        if (autogen.dev()) {
            asked.againstMigrations();
        }
        return asked;
    }
}
