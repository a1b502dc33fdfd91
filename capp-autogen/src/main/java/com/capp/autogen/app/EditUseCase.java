package com.capp.autogen.app;

import com.capp.autogen.revision.RevisionException;
import com.capp.autogen.revision.RevisionInfo;
import com.capp.autogen.runtime.RuntimeFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code edit REV}: opens the revision's source file in {@code $EDITOR} (then {@code $VISUAL}) and waits. */
public final class EditUseCase {

    private final Project project;
    private final Map<String, String> environment;

    public EditUseCase(Project project, Map<String, String> environment) {
        this.project = project;
        this.environment = environment;
    }

    /** @return the file edited */
    public Path run(String spec) {
        List<RevisionInfo> named = new RevisionQueries(project).show(spec);
        if (named.size() != 1) {
            throw new RevisionException("'" + spec + "' names " + named.size() + " revisions; edit opens one",
                    "Give one revision id.");
        }
        Path file = Path.of(project.migrations().get(named.get(0).id()).location());
        if (!Files.isRegularFile(file)) {
            throw new RevisionException("Revision " + named.get(0).id() + " has no source file here (loaded from "
                    + file + ")", "Edit its source in the project that builds the migrations jar.");
        }
        List<String> command = new ArrayList<>(Arrays.asList(editor().trim().split("\\s+")));
        command.add(file.toString());
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new RuntimeFailure("Editor " + command.get(0) + " exited with " + exit, "Check $EDITOR.", null);
            }
        } catch (IOException e) {
            throw new RuntimeFailure("Cannot start editor " + command.get(0) + ": " + e.getMessage(),
                    "Set EDITOR to an editor on your PATH, e.g. EDITOR=vi.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeFailure("Interrupted while the editor was open", "", e);
        }
        return file;
    }

    private String editor() {
        for (String variable : List.of("EDITOR", "VISUAL")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new RevisionException("No editor: neither EDITOR nor VISUAL is set", "Set EDITOR, e.g. EDITOR=vi.");
    }
}
