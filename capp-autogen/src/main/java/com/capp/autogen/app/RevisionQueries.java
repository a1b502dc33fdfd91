package com.capp.autogen.app;

import com.capp.autogen.revision.RevisionGraph;
import com.capp.autogen.revision.RevisionInfo;
import com.capp.autogen.revision.RevisionRange;
import com.capp.autogen.revision.RevisionResolver;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code history} and {@code show}: questions answered from the files alone (heads and branches are read off the history). */
public final class RevisionQueries {

    private final Project project;

    public RevisionQueries(Project project) {
        this.project = project;
    }

    /** Newest first; {@code range} as {@code a:b}, may be null; {@code current} in it reads the database. */
    public List<RevisionInfo> history(String range) {
        return new RevisionRange(graph(), resolver()).select(range);
    }

    /** The database's heads (connects; an empty or absent version table is none). */
    public Set<String> current() {
        return new LinkedHashSet<>(new CurrentUseCase(project).run().stream().map(RevisionInfo::id).toList());
    }

    /** Every revision {@code spec} names ({@code heads} and {@code current} may name several, base none). */
    public List<RevisionInfo> show(String spec) {
        return graph().sorted(resolver().resolve(spec)).stream().map(graph()::get).toList();
    }

    private RevisionResolver resolver() {
        return new RevisionResolver(graph(), () -> List.copyOf(current()));
    }

    private RevisionGraph graph() {
        return project.migrations().graph();
    }
}
