package com.capp.autogen.embed;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressListenerTest {

    @Test
    void ofSendsProgressLinesAndWarningsToTheirOwnMethodsUnprefixed() {
        List<String> infos = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ProgressListener listener = ProgressListener.of(infos::add, warnings::add);

        listener.info("Running upgrade  -> 0001, initial schema");
        listener.warning("Checksums of applied migrations are not verified");

        assertEquals(List.of("Running upgrade  -> 0001, initial schema"), infos);
        assertEquals(List.of("Checksums of applied migrations are not verified"), warnings);
    }
}
