package com.capp.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(CliEnvironment.system(), List.of(args));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionPrintsNameAndVersion() {
        assertEquals(0, run("--version"));
        assertEquals("capp-autogen 0.1.0", out.toString().strip());
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertEquals(0, run());
        assertTrue(out.toString().startsWith("Usage: capp-autogen"), out.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(CommandLine.ExitCode.USAGE, run("--no-such-option"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
    }

    @Test
    void usageListsEveryCommand() {
        assertEquals(0, run());
        for (String name : List.of("init", "current", "heads", "upgrade", "check", "diff", "lint", "repair")) {
            assertTrue(out.toString().contains("  " + name + " "), name + " missing from usage:\n" + out);
        }
    }

    @Test
    void aRunRegistersOnlyTheCommandsItNames() {
        CommandLine cli = Main.commandLine(CliEnvironment.system(), List.of("heads", "--verbose"));
        assertEquals(Set.of("heads"), cli.getSubcommands().keySet());
    }

    @Test
    void anOptionValueSpelledLikeACommandRegistersBoth() {
        // the real command is among them, so the parse is the one of a full registration
        CommandLine cli = Main.commandLine(CliEnvironment.system(), List.of("-n", "current", "heads"));
        assertEquals(Set.of("current", "heads"), cli.getSubcommands().keySet());
    }

    @Test
    void everyNameMakesTheCommandOfThatName() {
        CommandLine all = Main.commandLine(CliEnvironment.system());
        assertEquals(Subcommands.names(), all.getSubcommands().keySet());
        for (String name : Subcommands.names()) {
            CommandLine one = Main.commandLine(CliEnvironment.system(), List.of(name));
            assertTrue(one.getSubcommands().containsKey(name), name);
            assertFalse(one.getSubcommands().size() > 2, name + " registered more than its own names");
        }
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatSuggestsTheKnownOnes() {
        assertEquals(CommandLine.ExitCode.USAGE, run("haeds"));
        assertTrue(err.toString().contains("heads"), err.toString());
    }
}
