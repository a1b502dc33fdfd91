package com.capp.autogen.revision;

import com.capp.autogen.api.Migration;

/** The checks both loaders make on what they find: a revision is a {@link Migration} annotated {@code @Revision}. */
final class RevisionClasses {

    private RevisionClasses() {
    }

    static Class<? extends Migration> migrationType(Class<?> type, Object location) {
        if (!Migration.class.isAssignableFrom(type)) {
            throw new RevisionException(location + ": " + type.getName() + " is annotated @Revision but does not extend "
                    + Migration.class.getName(), "Make the class `extends Migration`.");
        }
        return type.asSubclass(Migration.class);
    }

    static RevisionException notARevision(String location) {
        return new RevisionException(location + " is not a revision: it holds no class annotated @Revision",
                "Every .java file in the migrations folder must be a revision: add "
                        + "@Revision(id = \"...\", revises = \"...\", message = \"...\") or move the file out.");
    }
}
