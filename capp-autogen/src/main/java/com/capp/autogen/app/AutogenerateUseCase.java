package com.capp.autogen.app;

import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.plan.Plan;
import com.capp.autogen.render.JavaMigrationRenderer;
import com.capp.autogen.render.MigrationSource;
import com.capp.autogen.render.SqlScriptRenderer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code revision --autogenerate}: the difference between the database (at head) and the model,
 * rendered into a new migration for a developer to review; with {@code --split}, into two: expand,
 * then contract revising it. Writes nothing when nothing changed, unless an empty revision is asked for.
 */
public final class AutogenerateUseCase {

    /** What to do with the generated migration. */
    public enum Mode { WRITE, DRY_RUN }

    /** What is asked for: the revision, whether it may be empty, whether to split it, write or just show. */
    public record Request(RevisionRequest revision, boolean allowEmpty, boolean split, Mode mode) {
    }

    /**
     * One generated revision.
     *
     * @param file the file written, in {@link Mode#WRITE}
     */
    public record Generated(MigrationSource source, String javaSource, Optional<Path> file) {
    }

    /**
     * @param revisions the migrations, in the order they apply (empty when nothing changed and no empty revision was asked for)
     * @param sql       the upgrade as SQL, for {@code --sql}
     */
    public record Result(DiffResult diff, List<Generated> revisions, String sql) {

        public Result {
            revisions = List.copyOf(revisions);
        }
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

    public Result run(SchemaSources sources, boolean forceDev, CompareOptions options, Request request) {
        DiffResult diff = new CheckUseCase(project, diffUseCase).run(sources, forceDev, options);
        if (request.split() && !diff.isEmpty()) {
            return split(diff, request);
        }
        String sql = new SqlScriptRenderer().render(diff.plan().upgrade());
        if (diff.isEmpty() && !request.allowEmpty()) {
            return new Result(diff, List.of(), sql);
        }
        CreateRevisionUseCase revisions = new CreateRevisionUseCase(project, versionPath);
        MigrationSource source = revisions.prepare(request.revision(),
                diff.isEmpty() ? null : new JavaMigrationRenderer().render(diff.plan()));
        return new Result(diff, List.of(output(revisions, source, request.mode())), sql);
    }

    /** Expand, then contract revising it; a phase with nothing in it is not written. */
    private Result split(DiffResult diff, Request request) {
        List<Plan> phases = diffUseCase.split(diff);
        String message = request.revision().message();
        CreateRevisionUseCase revisions = new CreateRevisionUseCase(project);
        JavaMigrationRenderer renderer = new JavaMigrationRenderer();
        List<MigrationSource> sources = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String[] names = {"expand", "contract"};
        for (int i = 0; i < phases.size(); i++) {
            Plan plan = phases.get(i);
            if (plan.isEmpty()) {
                continue;
            }
            String phaseMessage = message + " (" + names[i] + ")";
            sources.add(sources.isEmpty()
                    ? revisions.prepare(withMessage(request.revision(), phaseMessage), renderer.render(plan))
                    : revisions.prepareAfter(sources.get(0), phaseMessage, renderer.render(plan)));
            sql.append("-- ").append(names[i]).append(": revision ").append(sources.get(sources.size() - 1).revisionId())
                    .append('\n').append(new SqlScriptRenderer().render(plan.upgrade()));
        }
        List<Generated> generated = sources.stream().map(s -> output(revisions, s, request.mode())).toList();
        return new Result(diff, generated, sql.toString());
    }

    private static Generated output(CreateRevisionUseCase revisions, MigrationSource source, Mode mode) {
        Optional<Path> file = mode == Mode.WRITE ? Optional.of(revisions.write(source)) : Optional.empty();
        return new Generated(source, revisions.render(source), file);
    }

    private static RevisionRequest withMessage(RevisionRequest request, String message) {
        return new RevisionRequest(message, request.revId(), request.parents(), request.splice(), request.dependsOn(),
                request.branchLabels());
    }
}
