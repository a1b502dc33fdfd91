package com.capp.autogen.app;

import com.capp.autogen.render.MigrationFileWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code list_templates}: the FreeMarker template new revisions are written from, and where it comes from. */
public final class Templates {

    private static final String MIGRATION_TEMPLATE = MigrationFileWriter.TEMPLATE_NAME;

    private Templates() {
    }

    /** One line per template: {@code name - what it is}. */
    public static List<String> describe(Project project) {
        Path folder = project.config().templatesLocation();
        Path own = folder.resolve(MIGRATION_TEMPLATE);
        return List.of(MIGRATION_TEMPLATE + " - the Java migration `revision` and `merge` write; "
                + (Files.isRegularFile(own) ? "the project's copy, " + own
                : "built in (copy it to " + own + " to change it)"));
    }
}
