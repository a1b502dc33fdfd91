package com.capp.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled reference files must stay byte-for-byte what shared/capp holds, when it is there. */
class ReferenceCopiesTest {

    @Test
    void bundledCopiesEqualTheSharedFiles() throws Exception {
        Path shared = SharedFiles.cappDir();
        assumeTrue(shared != null, "no shared/capp next to this checkout: only the bundled copies exist");
        for (String name : new String[] {"capp_head.sql", "catalog.sql"}) {
            assertEquals(Files.readString(shared.resolve(name)), Files.readString(SharedFiles.bundledCopy(name)),
                    name + " differs from shared/capp: copy it into capp-test-support/src/main/resources/capp-reference/");
        }
    }
}
