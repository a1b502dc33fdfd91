package com.capp.autogen.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code .env} files read exactly as python-dotenv reads them: {@code dotenv/cases.tsv} holds what
 * python-dotenv (commit bca6644, {@code load_dotenv} semantics) itself returned for each text, written by
 * {@code dotenv/generate_cases.py}; the cases are ours (duplicates, export, quotes, escapes, comments,
 * BOM, CRLF, expansion, multi-line values, unparsable lines) plus every input of python-dotenv's own
 * parser tests.
 */
class DotEnvTest {

    private static final String NONE = "\u0001";

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = DotEnvTest.class.getResourceAsStream("/dotenv/cases.tsv")) {
            String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return table.lines().map(line -> line.split("\t", -1)).map(f -> Arguments.of(f[0],
                    pairs(f[1]).keySet().iterator().next(), pairs(f[2]), pairs(f[3]))).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsPythonDotenvDoes(String name, String text, Map<String, String> environment,
                                 Map<String, String> expected) {
        assertEquals(expected, DotEnv.parse(text, environment));
    }

    @Test
    void theTableCoversEveryRequiredBehaviour() throws IOException {
        List<String> names = cases().map(a -> (String) a.get()[0]).toList();
        for (String required : List.of("last duplicate wins", "export prefix", "single quotes keep backslashes",
                "double quotes with escapes", "inline comment after space", "spaces around equals", "utf-8 bom",
                "expansion from environment", "expansion from earlier values", "multi-line double-quoted")) {
            assertEquals(true, names.contains(required), required);
        }
        assertEquals(true, names.size() > 60, "python-dotenv's own parser cases are included");
    }

    /** The resolver takes DATABASE_URL from such a file: the last one, expanded, quotes and comment removed. */
    @Test
    void databaseUrlComesFromDotEnvAsPythonSeesIt() throws IOException {
        Path root = Files.createTempDirectory("dotenv");
        Files.writeString(root.resolve(".env"), "\uFEFFDB_HOST=wrong\nexport DATABASE_URL = 'postgresql://u:p%23w@old/db'\n"
                + "DB_HOST=db.local\nDATABASE_URL=\"postgresql://capp:s3cr%23t@${DB_HOST}:6543/capp\" # prod\n");
        DatabaseUrl url = new DatabaseUrlResolver(Map.of(), root).resolve(null);
        assertEquals("db.local", url.host());
        assertEquals(6543, url.port());
        assertEquals("s3cr#t", url.password());
    }

    private static Map<String, String> pairs(String base64) {
        String[] parts = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8).split("\0", -1);
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            pairs.put(parts[i], NONE.equals(parts[i + 1]) ? null : parts[i + 1]);
        }
        return pairs;
    }
}
