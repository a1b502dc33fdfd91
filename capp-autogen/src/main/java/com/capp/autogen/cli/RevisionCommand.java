package com.capp.autogen.cli;

import com.capp.autogen.embed.NewRevision;
import com.capp.autogen.embed.RevisionResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "revision", mixinStandardHelpOptions = true,
        description = {"Create a new revision file.",
                "With --autogenerate, its upgrade() and downgrade() hold the changes the entities need."})
final class RevisionCommand extends ProjectCommand {

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does.")
    String message;

    @Option(names = "--rev-id", description = "The new revision's id (default: next number, or 12 hex chars).")
    String revId;

    @Option(names = "--head", defaultValue = "head",
            description = "Revision to build on: head (default), base for a new base, or a revision/label@head.")
    String head;

    @Option(names = "--splice", description = "Allow --head to be a non-head revision (starts a branch).")
    boolean splice;

    @Option(names = "--depends-on", paramLabel = "REV", description = "A revision this one depends on (repeatable).")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A label for the branch this starts (repeatable).")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--autogenerate", description = "Fill upgrade() and downgrade() with the differences between "
            + "the database (or, with none configured, the migrations) and the entities.")
    boolean autogenerate;

    @Mixin
    AutogenOptions autogen;

    @Option(names = "--sql", description = "With --autogenerate: print the upgrade's SQL instead of writing the file.")
    boolean sql;

    @Option(names = "--dry-run", description = "With --autogenerate: print the Java source instead of writing the file.")
    boolean dryRun;

    @Option(names = "--split", description = "With --autogenerate: two revisions, expand (what the running code "
            + "tolerates) then contract (drops, NOT NULL, narrowings), for a deploy in between.")
    boolean split;

    @Option(names = "--allow-empty", description = "With --autogenerate: write a revision even when nothing changed.")
    boolean allowEmpty;

    @Option(names = "--version-path", paramLabel = "DIR",
            description = "Write the file to this folder: migrations.location or one of migrations.locations.")
    Path versionPath;

    @Override
    public Integer call() {
        if (!autogenerate && (sql || dryRun || allowEmpty)) {
            throw new CommandLine.ParameterException(commandLine(), (sql ? "--sql" : dryRun ? "--dry-run"
                    : "--allow-empty") + " needs --autogenerate: a revision without it has no SQL to show");
        }
        RevisionResult result = api(autogen).revision(asked());
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
    private NewRevision asked() {
        NewRevision asked = NewRevision.message(message).head(head).dependsOn(dependsOn.toArray(String[]::new))
                .branchLabels(branchLabels.toArray(String[]::new));
        if (revId != null) {
            asked.revId(revId);
        }
        if (splice) {
            asked.splice();
        }
        if (versionPath != null) {
            asked.versionPath(versionPath);
        }
        if (autogenerate) {
            asked.autogenerate();
        }
        if (split) {
            asked.split();
        }
        if (allowEmpty) {
            asked.allowEmpty();
        }
        if (sql || dryRun) {
            asked.dryRun();
        }
        if (autogen.dev) {
            asked.againstMigrations();
        }
        return asked;
    }
}
