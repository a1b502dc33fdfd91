package com.capp.autogen.app;

import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.render.JavaMigrationRenderer;
import com.capp.autogen.render.MigrationSource;
import com.capp.autogen.render.SqlScriptRenderer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code revision --autogenerate}: the difference between the database (at head) and the model,
 * rendered into a new migration for a developer to review. Writes nothing when nothing changed,
 * unless an empty revision is asked for.
 */
public final class AutogenerateUseCase {

    /** What to do with the generated migration. */
    public enum Mode { WRITE, DRY_RUN }

    /**
     * @param source the migration (null when nothing changed and no empty revision was asked for)
     * @param file   the file written, in {@link Mode#WRITE}
     * @param sql    the upgrade as SQL, for {@code --sql}
     */
    public record Result(DiffResult diff, MigrationSource source, String javaSource, Optional<Path> file, String sql) {
    }

    private final Project project;
    private final DiffUseCase diffUseCase;
    private final Path versionPath;

    public AutogenerateUseCase(Project project, DiffUseCase diffUseCase) {
        this(project, diffUseCase, null);
    }

    /** @param versionPath {@code revision --version-path}, or null for the first migrations folder */
    public AutogenerateUseCase(Project project, DiffUseCase diffUseCase, Path versionPath) {
        this.project = project;
        this.diffUseCase = diffUseCase;
        this.versionPath = versionPath;
    }

    public Result run(SchemaSources sources, boolean forceDev, CompareOptions options, RevisionRequest request,
                      boolean allowEmpty, Mode mode) {
        DiffResult diff = new CheckUseCase(project, diffUseCase).run(sources, forceDev, options);
        String sql = new SqlScriptRenderer().render(diff.plan().upgrade());
        if (diff.isEmpty() && !allowEmpty) {
            return new Result(diff, null, null, Optional.empty(), sql);
        }
        CreateRevisionUseCase revisions = new CreateRevisionUseCase(project, versionPath);
        MigrationSource source = revisions.prepare(request,
                diff.isEmpty() ? null : new JavaMigrationRenderer().render(diff.plan()));
        Optional<Path> file = mode == Mode.WRITE ? Optional.of(revisions.write(source)) : Optional.empty();
        return new Result(diff, source, revisions.render(source), file, sql);
    }
}
