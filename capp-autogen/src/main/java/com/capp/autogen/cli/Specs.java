package com.capp.autogen.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;

import java.util.List;
import java.util.Map;

/**
 * The shapes of picocli's model the commands are declared with, in code. Annotations would say the
 * same, but reading them was most of a short command's start-up (issue 13): the JDK makes a proxy
 * class per annotation type, which the start-up cache cannot keep. Each returns a builder, for what
 * else an option has (required, a default, its scope). Values are read back from the specs after
 * parsing ({@code OptionSpec.getValue()}); each starts as an annotated field did: false, an empty
 * list or map, else null.
 */
final class Specs {

    private Specs() {
    }

    /**
     * A command run by {@code behaviour}, with the -h/--help and -V/--version options picocli's
     * {@code mixinStandardHelpOptions} adds (its names and descriptions: usage reads as it did).
     */
    static CommandSpec command(Object behaviour, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(behaviour).name(name);
        spec.usageMessage().description(description);
        return spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build())
                .addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                        .description("Print version information and exit.").build());
    }

    /** The exit codes usage lists, each {@code "code:meaning"}. */
    static void exitCodes(CommandSpec spec, String heading, String... codes) {
        spec.usageMessage().exitCodeListHeading(heading).exitCodeList(UsageMessageSpec.keyValuesMap(codes));
    }

    /** A boolean option: false unless given. */
    static OptionSpec.Builder flag(String description, String... names) {
        return OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description);
    }

    /** An option with one value: null unless given or defaulted. */
    static OptionSpec.Builder option(String paramLabel, String description, String... names) {
        return OptionSpec.builder(names).type(String.class).paramLabel(paramLabel).description(description);
    }

    /** A repeatable option, a list of {@code element}s: empty unless given. */
    /** {@code --format text|json} of the commands whose report a CI job may parse. */
    static OptionSpec outputFormat() {
        return option("<format>", "text or json (default: ${DEFAULT-VALUE}).", "--format").defaultValue("text").build();
    }

    static OptionSpec.Builder list(Class<?> element, String paramLabel, String description, String... names) {
        return OptionSpec.builder(names).type(List.class).auxiliaryTypes(element).initialValue(List.of())
                .paramLabel(paramLabel).description(description);
    }

    /** A repeatable KEY=VALUE option: empty unless given. */
    static OptionSpec.Builder keyValues(String description, String... names) {
        return OptionSpec.builder(names).type(Map.class).auxiliaryTypes(String.class, String.class)
                .initialValue(Map.of()).paramLabel("KEY=VALUE").description(description);
    }

    /** A positional parameter: one String, required (an annotated field's default arity). */
    static PositionalParamSpec.Builder parameter(String paramLabel, String description) {
        return PositionalParamSpec.builder().type(String.class).paramLabel(paramLabel).description(description)
                .required(true);
    }

    /**
     * A positional parameter of {@code type} ({@code List} for several Strings) and {@code arity}; required
     * when the arity asks for one value at least, as an annotated one is.
     */
    static PositionalParamSpec.Builder parameter(String arity, Class<?> type, String paramLabel, String description) {
        PositionalParamSpec.Builder builder = PositionalParamSpec.builder().type(type).arity(arity)
                .paramLabel(paramLabel).description(description).required(Range.valueOf(arity).min() > 0);
        return type == List.class ? builder.auxiliaryTypes(String.class) : builder;
    }
}
