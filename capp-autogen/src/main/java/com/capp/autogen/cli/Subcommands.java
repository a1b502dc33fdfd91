package com.capp.autogen.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Alembic's commands, one class each, by the names they answer to. Picocli reads a command class's
 * annotations when it is registered, which is most of a short run's start-up when all eighteen are:
 * a run registers only the commands its arguments name (every one, for usage and unknown words).
 */
final class Subcommands {

    /** In the order usage lists them; aliases map to the same class. */
    private static final Map<String, Supplier<Object>> BY_NAME = new LinkedHashMap<>();

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
    static void registerAll(CommandLine commandLine) {
        register(commandLine, BY_NAME.keySet());
    }

    /**
     * The commands named among {@code args} (an option value that happens to be a command name only
     * adds one more); all of them when none is named, so usage and "did you mean" stay complete.
     */
    static void registerNamed(CommandLine commandLine, List<String> args) {
        Set<String> named = new LinkedHashSet<>(args);
        named.retainAll(BY_NAME.keySet());
        register(commandLine, named.isEmpty() ? BY_NAME.keySet() : named);
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }

    private static void register(CommandLine commandLine, Set<String> names) {
        Set<Class<?>> added = new LinkedHashSet<>();
        for (String name : names) {
            Object command = BY_NAME.get(name).get();
            if (added.add(command.getClass())) {
                commandLine.addSubcommand(command); // name and aliases from its @Command
            }
        }
    }

    private static void add(Supplier<Object> factory, String... names) {
        for (String name : names) {
            BY_NAME.put(name, factory);
        }
    }
}
