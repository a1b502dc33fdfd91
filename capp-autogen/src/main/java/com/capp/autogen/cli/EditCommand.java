package com.capp.autogen.cli;

import com.capp.autogen.app.EditUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Open the revision's source file in $EDITOR (or $VISUAL).")
final class EditCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV", description = "Revision id, prefix, label, head, current, or a relative form.")
    String revision;

    @Override
    public Integer call() {
        new EditUseCase(project(), environment().variables()).run(revision);
        return 0;
    }
}
