package com.capp.autogen.maven;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.NewRevision;
import com.capp.autogen.embed.RevisionResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Alembic's {@code revision}: writes a new migration into the migrations folder; with
 * {@code -Dautogenerate}, holding the changes between the entities (this module's build output)
 * and the migrations (or the configured database). Nothing is written when autogenerate finds none.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class RevisionMojo extends AbstractCappAutogenMojo {

    /** The revision's message ({@code -Dmessage="add customer email"}); names its class and file. */
    @Parameter(property = "message")
    String message;

    /** Fill the revision with the changes the entities hold. */
    @Parameter(property = "autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** Write the expand and contract revisions of a two-phase deploy (with autogenerate). */
    @Parameter(property = "split", defaultValue = "false")
    boolean split;

    /** The new revision's id instead of a generated one. */
    @Parameter(property = "revId")
    String revId;

    @Override
    void run(CappAutogen autogen) throws MojoExecutionException {
        if (message == null || message.isBlank()) {
            throw new MojoExecutionException("capp-autogen: a revision needs a message."
                    + " Pass -Dmessage=\"what it changes\" (and -Dautogenerate to fill it from the entities).");
        }
        NewRevision asked = NewRevision.message(message);
        asked = autogenerate ? asked.autogenerate() : asked;
        asked = split ? asked.split() : asked;
        asked = revId != null ? asked.revId(revId) : asked;
        RevisionResult result = autogen.revision(asked);
        if (!(result instanceof RevisionResult.Created created)) {
            getLog().info("No changes in schema detected: no revision written.");
            return;
        }
        created.changes().forEach(line -> getLog().info(line));
        created.revisions().forEach(revision -> getLog().info("Generated " + revision.id() + ": "
                + revision.file().map(Object::toString).orElse("(not written)")));
        if (autogenerate) {
            created.lint().lines().forEach(line -> getLog().info(line));
        }
    }
}
