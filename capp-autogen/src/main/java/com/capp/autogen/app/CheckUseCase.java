package com.capp.autogen.app;

import com.capp.autogen.compare.CompareOptions;

/**
 * {@code check}: the operations a new migration would need to bring the database (at head) — or,
 * with none configured, the schema the migrations produce — to the model. Empty means no drift.
 */
public final class CheckUseCase {

    private final Project project;
    private final DiffUseCase diffUseCase;

    public CheckUseCase(Project project, DiffUseCase diffUseCase) {
        this.project = project;
        this.diffUseCase = diffUseCase;
    }

    public DiffResult run(SchemaSources sources, boolean forceDev, CompareOptions options) {
        try (SchemaSource database = sources.database(forceDev); SchemaSource model = sources.model()) {
            if (database instanceof DatabaseSchemaSource) {
                new CurrentUseCase(project).requireAtHead();
            }
            return diffUseCase.diff(database, model, options);
        }
    }
}
