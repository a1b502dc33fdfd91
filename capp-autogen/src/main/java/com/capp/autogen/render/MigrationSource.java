package com.capp.autogen.render;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@code templates/migration.java.ftl} lays out: the data model of a migration source
 * file. {@code upgradeBody} and {@code downgradeBody} are Java statements, already indented for a
 * method body (8 spaces), each line ending with a newline; empty for an empty method.
 */
public record MigrationSource(String packageName, String className, String revisionId, List<String> revises,
                              String message, String created, List<String> dependsOn,
                              List<String> branchLabels, List<String> imports,
                              String upgradeBody, String downgradeBody) {

    public MigrationSource {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(revisionId, "revisionId");
        revises = List.copyOf(revises);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        imports = List.copyOf(imports);
        upgradeBody = upgradeBody == null ? "" : upgradeBody;
        downgradeBody = downgradeBody == null ? "" : downgradeBody;
    }

    /** The file name Java requires for the public class. */
    public String fileName() {
        return className + ".java";
    }
}
