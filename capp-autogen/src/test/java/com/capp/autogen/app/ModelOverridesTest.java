package com.capp.autogen.app;

import com.capp.autogen.config.ModelConfig;
import com.capp.autogen.model.ModelSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** capp-autogen.properties' hibernate.* keys and --hibernate-setting feed one settings map; the command line wins. */
class ModelOverridesTest {

    @Test
    void fileSettingsAndCommandLineSettingsMeetInOneMapTheCommandLineWinning() {
        ModelConfig file = new ModelConfig(List.of("com.example.model"), List.of(Path.of("/p/classes")), null, null,
                "mvn compile", Map.of("hibernate.default_schema", "shop", "hibernate.globally_quoted_identifiers", "true"));
        ModelSpec spec = new ModelOverrides(List.of(), List.of(), null, null,
                Map.of("hibernate.default_schema", "sales")).applyTo(file);
        assertEquals(Map.of("hibernate.default_schema", "sales", "hibernate.globally_quoted_identifiers", "true"),
                spec.settings());
        assertEquals(List.of("com.example.model"), spec.packages());
        assertEquals("mvn compile", spec.buildCommand());
    }
}
