package com.capp.autogen.spring;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IDE's completion for capp.autogen.*: every property is in the generated metadata, with its description. */
class ConfigurationMetadataTest {

    private static final List<String> PROPERTIES = List.of("enabled", "mode", "target", "migrations-package",
            "model-packages", "lock-wait", "ddl-lock-timeout", "config-file", "settings");

    @Test
    void everyPropertyIsDescribedForTheIde() throws Exception {
        String json;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertNotNull(in, "the configuration processor wrote no metadata");
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String property : PROPERTIES) {
            Matcher entry = Pattern.compile("\\{[^{}]*\"name\": \"capp\\.autogen\\." + Pattern.quote(property) + "\"[^{}]*\\}").matcher(json);
            assertTrue(entry.find(), "capp.autogen." + property + " is missing");
            assertTrue(entry.group().contains("\"description\": \""), "capp.autogen." + property + " has no description");
        }
        assertEquals(PROPERTIES.size(), Pattern.compile("\"name\": \"capp\\.autogen\\.").matcher(json).results().count(),
                "a property is not in this list (document it in docs/USING.md too)");
        assertTrue(json.contains("\"defaultValue\": \"upgrade\""), "mode's default");
    }
}
