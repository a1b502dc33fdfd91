package com.capp.autogen.maven;

import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineOverridesTest {

    private static CommandLineOverrides given(String... pairs) {
        Properties user = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            user.setProperty(pairs[i], pairs[i + 1]);
        }
        return new CommandLineOverrides(user);
    }

    @Test
    void theCommandLineWinsOverThePom() {
        CommandLineOverrides overrides = given("capp.autogen.url", "jdbc:postgresql://db/shop");
        assertEquals("jdbc:postgresql://db/shop", overrides.text("url", "jdbc:postgresql://pom/shop"));
        assertEquals("com.example.migrations", overrides.text("migrationsPackage", " com.example.migrations "));
        assertNull(overrides.text("serverId", "  "));
    }

    @Test
    void aBareFlagIsTrueAndFalseMustBeSaid() {
        // Maven turns a bare -Dcapp.autogen.skip into "true"; an empty value counts the same
        assertTrue(given("capp.autogen.skip", "true").flag("skip", false));
        assertTrue(given("capp.autogen.skip", "").flag("skip", false));
        assertFalse(given("capp.autogen.skip", "false").flag("skip", true));
        assertTrue(given().flag("skip", true));
    }

    @Test
    void listsAreCommaSeparatedAndPathsStartAtTheModule() {
        CommandLineOverrides overrides = given("capp.autogen.modelPackages", "com.a, com.b,,",
                "capp.autogen.migrationsFolder", "db/migrations");
        assertEquals(List.of("com.a", "com.b"), overrides.list("modelPackages", List.of("com.pom")));
        assertEquals(List.of("com.pom"), given().list("modelPackages", List.of("com.pom")));
        MavenProject project = new MavenProject();
        project.setFile(new File("/work/shop/pom.xml"));
        assertEquals(new File("/work/shop/db/migrations"), overrides.file("migrationsFolder", null, project));
    }

    @Test
    void dottedNamesAreConfigurationKeysAndParametersAreNot() {
        CommandLineOverrides overrides = given("capp.autogen.ddl.lock.timeout", "2s", "capp.autogen.url", "x",
                "ddl.lock.attempts", "3");
        assertEquals(Map.of("ddl.lock.timeout", "2s"), overrides.configKeys());
    }
}
