package com.capp.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13: the command model is built in code, no longer read from annotations. The usage text and
 * the messages for bad arguments are the ones the annotated commands printed (golden/usage, captured
 * from them), to the character.
 */
class UsageTextTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/usage");

    @ParameterizedTest
    @CsvSource({"capp-autogen.txt, ''", "capp-autogen.txt, --help", "heads.txt, heads --help", "heads.txt, heads -h",
            "diff.txt, diff --help", "revision.txt, revision --help", "init.txt, init --help",
            "merge.txt, merge --help", "lint.txt, lint --help"})
    void usageIsWhatTheAnnotationsGave(String golden, String args) throws IOException {
        Result result = run(args);
        assertEquals(0, result.code(), result.err());
        assertEquals(Files.readString(GOLDEN.resolve(golden), StandardCharsets.UTF_8), result.out());
    }

    /** Arity, required options and parameters, the exclusive output group of diff, unknown words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "revision                                    | Missing required option: '--message=<message>'",
            "diff --from model                           | Missing required option: '--to=<to>'",
            "upgrade                                     | Missing required parameter: 'REV'",
            "merge -m x                                  | Missing required parameter: 'REV'",
            "diff --from a --to b --sql --java           | Error: --sql, --java are mutually exclusive (specify only one)",
            "heads -x                                    | Missing required parameter for option '-x' (KEY=VALUE)",
            "-c                                          | Missing required parameter for option '--config' (FILE)",
            "lint --format                               | Missing required parameter for option '--format' (<format>)",
            "init a b                                    | Unmatched argument at index 2: 'b'",
            "heads --bogus                               | Unknown option: '--bogus'",
            "haeds                                       | Unmatched argument at index 0: 'haeds'"})
    void badArgumentsAreUsageErrorsWithPicocliMessages(String args, String firstLine) {
        Result result = run(args);
        assertEquals(2, result.code(), result.err());
        assertEquals(firstLine, result.err().lines().findFirst().orElse(""), result.err());
    }

    @ParameterizedTest
    @CsvSource({"-V, 'capp-autogen 0.1.0\n'", "--version heads, 'capp-autogen 0.1.0\n'", "heads -V, ''"})
    void versionIsTheTopCommandsOnly(String args, String out) {
        Result result = run(args);
        assertEquals(0, result.code(), result.err());
        assertEquals(out, result.out());
    }

    @ParameterizedTest
    @CsvSource({"haeds, 'Did you mean: capp-autogen edit or capp-autogen heads?'",
            "help, 'Did you mean: capp-autogen check or capp-autogen branches?'",
            "help heads, 'Did you mean: capp-autogen heads?'"})
    void anUnknownCommandGetsSuggestions(String args, String suggestion) {
        Result result = run(args);
        assertEquals(2, result.code());
        assertEquals(suggestion, result.err().lines().skip(1).findFirst().orElse(""), result.err());
    }

    private static Result run(String args) {
        String[] words = args.isBlank() ? new String[0] : args.trim().split(" +");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(CliEnvironment.system(), List.of(words));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Result(cli.execute(words), out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
