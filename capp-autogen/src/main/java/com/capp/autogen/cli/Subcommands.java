package com.capp.autogen.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Alembic's commands, one class each, by the names they answer to. Building a command's model is
 * most of a short run's start-up when all eighteen are built: a run makes only the commands its
 * arguments name (every one, for usage and unknown words).
 */
final class Subcommands {

    /** In the order usage lists them; an alias maps to the same factory. */
    private static final Map<String, Function<Main, ProjectCommand>> BY_NAME = new LinkedHashMap<>();

    static {
        add(InitCommand::new, "init");
        add(CurrentCommand::new, "current");
        add(HistoryCommand::new, "history");
        add(HeadsCommand::new, "heads");
        add(BranchesCommand::new, "branches");
        add(ShowCommand::new, "show");
        add(UpgradeCommand::new, "upgrade");
        add(DowngradeCommand::new, "downgrade");
        add(StampCommand::new, "stamp");
        add(RevisionCommand::new, "revision");
        add(MergeCommand::new, "merge");
        add(CheckCommand::new, "check");
        add(DiffCommand::new, "diff");
        add(EnsureVersionCommand::new, "ensure_version", "ensure-version");
        add(EditCommand::new, "edit");
        add(ListTemplatesCommand::new, "list_templates", "list-templates");
        add(LintCommand::new, "lint");
        add(RepairCommand::new, "repair");
    }

    private Subcommands() {
    }

    /** Every command: what usage lists. */
    static List<ProjectCommand> all(Main main) {
        return make(main, BY_NAME.keySet());
    }

    /**
     * The commands named among {@code args} (an option value that happens to be a command name only
     * adds one more); all of them when none is named, so usage and "did you mean" stay complete.
     */
    static List<ProjectCommand> named(Main main, List<String> args) {
        Set<String> named = new LinkedHashSet<>(args);
        named.retainAll(BY_NAME.keySet());
        return make(main, named.isEmpty() ? BY_NAME.keySet() : named);
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }

    /** One command per factory: a command named by its alias too is made once (its spec carries both names). */
    private static List<ProjectCommand> make(Main main, Set<String> names) {
        Set<Function<Main, ProjectCommand>> factories = new LinkedHashSet<>();
        names.forEach(name -> factories.add(BY_NAME.get(name)));
        List<ProjectCommand> commands = new ArrayList<>();
        factories.forEach(factory -> commands.add(factory.apply(main)));
        return commands;
    }

    private static void add(Function<Main, ProjectCommand> factory, String... names) {
        for (String name : names) {
            BY_NAME.put(name, factory);
        }
    }
}
