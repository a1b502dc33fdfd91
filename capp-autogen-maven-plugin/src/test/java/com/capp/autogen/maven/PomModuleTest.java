package com.capp.autogen.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parent that declares the check for its modules does not fail the build in its own pom module. */
class PomModuleTest {

    @Test
    void theInheritedCheckPassesOverAnAggregatorWithoutReadingAnything() throws Exception {
        MavenProject parent = new MavenProject();
        parent.setArtifactId("shop-parent");
        parent.setPackaging("pom");
        CheckMojo check = new CheckMojo();
        check.project = parent; // no session, settings or classpath: the goal must not reach them
        List<String> lines = new ArrayList<>();
        check.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        });

        check.execute();

        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("shop-parent is a pom module"), lines.get(0));
    }

    @Test
    void goalsCalledByNameStillRunInAPomModule() {
        assertTrue(new CheckMojo().skipsPomModules());
        assertFalse(new UpgradeMojo().skipsPomModules(), "mvn capp-autogen:upgrade in a root with capp-autogen.properties");
        assertFalse(new RevisionMojo().skipsPomModules());
    }
}
