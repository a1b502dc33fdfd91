package com.capp.autogen.app;

import com.capp.autogen.render.MigrationBody;
import com.capp.autogen.render.MigrationFileWriter;
import com.capp.autogen.render.MigrationNames;
import com.capp.autogen.render.MigrationSource;
import com.capp.autogen.revision.RevisionException;
import com.capp.autogen.revision.RevisionGraph;
import com.capp.autogen.revision.RevisionResolver;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code revision -m} and {@code merge}: writes a new migration file from the template. */
public final class CreateRevisionUseCase {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String EMPTY_BODY = "        // TODO: describe the change with op (see docs/DATABASE_MIGRATIONS.md)\n";

    private final Project project;
    private final Path versionPath;

    public CreateRevisionUseCase(Project project) {
        this(project, null);
    }

    /** @param versionPath {@code --version-path}: which configured migrations folder gets the file (null: the first) */
    public CreateRevisionUseCase(Project project, Path versionPath) {
        this.project = project;
        this.versionPath = versionPath;
    }

    /** The migration file written. */
    public Path run(RevisionRequest request) {
        return write(prepare(request, null));
    }

    public Path write(MigrationSource source) {
        var config = project.config();
        Path folder = location().resolve(config.migrationsPackage().replace('.', '/'));
        return new MigrationFileWriter(config.templatesLocation()).write(source, folder);
    }

    private Path location() {
        var config = project.config();
        if (versionPath == null) {
            return config.migrationsLocation();
        }
        Path wanted = config.root().resolve(versionPath).toAbsolutePath().normalize();
        List<Path> locations = new ArrayList<>(List.of(config.migrationsLocation()));
        locations.addAll(config.versionLocations());
        if (locations.stream().noneMatch(l -> l.toAbsolutePath().normalize().equals(wanted))) {
            throw new RevisionException("Path " + wanted + " is not represented in current version locations",
                    "Add it to migrations.locations in capp-autogen.properties, or pick one of: "
                            + String.join(", ", locations.stream().map(Path::toString).toList()) + ".");
        }
        return wanted;
    }

    /** The Java source of {@code source}, as {@link #write} would write it. */
    public String render(MigrationSource source) {
        return new MigrationFileWriter(project.config().templatesLocation()).render(source);
    }

    /**
     * Validates the request against the revision graph and names the new revision.
     *
     * @param body generated upgrade/downgrade code, or null for an empty revision to fill in by hand
     */
    public MigrationSource prepare(RevisionRequest request, MigrationBody body) {
        RevisionGraph graph = project.migrations().graph();
        List<String> parents = parents(graph, request);
        boolean mergeAsked = request.parents().size() > 1 || request.parents().contains("heads");
        if (mergeAsked && parents.size() < 2) {
            throw new RevisionException("Nothing to merge: " + String.join(" ", request.parents())
                    + " names only " + String.join(", ", parents), "Merge two or more heads (`capp-autogen heads`).");
        }
        String id = request.revId() != null ? request.revId() : nextId(graph);
        if (graph.contains(id)) {
            throw new RevisionException("Revision " + id + " already exists", "Choose another --rev-id.");
        }
        RevisionResolver resolver = new RevisionResolver(graph);
        List<String> dependsOn = request.dependsOn().stream().flatMap(spec -> resolver.resolve(spec).stream())
                .distinct().toList();
        String emptyBody = parents.size() > 1 ? "" : EMPTY_BODY;
        MigrationBody code = body != null ? body : new MigrationBody(emptyBody, emptyBody, List.of());
        return source(id, parents, request.message(), dependsOn, request.branchLabels(), code);
    }

    /**
     * The revision that revises {@code previous}, which is not written yet: the contract half of
     * {@code revision --autogenerate --split}, numbered right after it.
     */
    public MigrationSource prepareAfter(MigrationSource previous, String message, MigrationBody body) {
        String before = previous.revisionId();
        String id = before.matches("\\d+") ? String.format("%0" + before.length() + "d", Long.parseLong(before) + 1)
                : nextId(project.migrations().graph());
        if (project.migrations().graph().contains(id) || id.equals(before)) {
            throw new RevisionException("Revision " + id + " already exists", "Choose another --rev-id.");
        }
        return source(id, List.of(before), message, List.of(), List.of(), body);
    }

    private MigrationSource source(String id, List<String> parents, String message, List<String> dependsOn,
                                   List<String> branchLabels, MigrationBody code) {
        var config = project.config();
        return new MigrationSource(config.migrationsPackage(),
                MigrationNames.className(config.fileTemplate(), id, message), id, parents,
                message, LocalDateTime.now(project.clock()).format(CREATED), dependsOn,
                branchLabels, code.imports(), code.upgrade(), code.downgrade());
    }

    private List<String> parents(RevisionGraph graph, RevisionRequest request) {
        RevisionResolver resolver = new RevisionResolver(graph);
        Set<String> parents = new LinkedHashSet<>();
        for (String spec : request.parents()) {
            if (spec.equals("head") && graph.size() == 0) {
                continue; // the first revision of a project is a base
            }
            parents.addAll(resolver.resolve(spec));
        }
        if (!request.splice()) {
            for (String parent : parents) {
                if (!graph.isHead(parent)) {
                    throw new RevisionException("Revision " + parent + " is not a head revision",
                            "Pass --splice to start a new branch from it, or build on a head (`capp-autogen heads`).");
                }
            }
        }
        return graph.sorted(new ArrayList<>(parents));
    }

    /** 0001-style numbering when every id is a number (as CAPP's are), else a random 12-hex id like Alembic's. */
    static String nextId(RevisionGraph graph) {
        boolean numbered = graph.size() == 0 || graph.order().stream().allMatch(id -> id.matches("\\d+"));
        if (numbered) {
            int next = graph.order().stream().mapToInt(Integer::parseInt).max().orElse(0) + 1;
            return String.format("%04d", next);
        }
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
