package com.capp.autogen.app;

import com.capp.autogen.revision.RevisionGraph;
import com.capp.autogen.revision.RevisionInfo;
import com.capp.autogen.revision.RevisionRange;
import com.capp.autogen.revision.RevisionResolver;

import java.util.List;

/** {@code history}, {@code heads}, {@code branches}, {@code show}: questions answered from the files alone. */
public final class RevisionQueries {

    private final Project project;

    public RevisionQueries(Project project) {
        this.project = project;
    }

    /** Newest first; {@code range} as {@code a:b}, may be null. */
    public List<RevisionInfo> history(String range) {
        return new RevisionRange(graph()).select(range);
    }

    public List<RevisionInfo> heads() {
        return graph().heads().stream().map(graph()::get).toList();
    }

    public List<RevisionInfo> branchPoints() {
        return graph().branchPoints().stream().map(graph()::get).toList();
    }

    public List<RevisionInfo> children(RevisionInfo revision) {
        return graph().children(revision.id()).stream().map(graph()::get).toList();
    }

    public RevisionInfo show(String spec) {
        if (spec.equals("head") || spec.equals("heads")) {
            return graph().get(new RevisionResolver(graph()).resolve("head").iterator().next());
        }
        return graph().get(new RevisionResolver(graph()).resolveOne(spec));
    }

    private RevisionGraph graph() {
        return project.migrations().graph();
    }
}
