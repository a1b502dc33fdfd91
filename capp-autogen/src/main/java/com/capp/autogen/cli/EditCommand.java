package com.capp.autogen.cli;

import com.capp.autogen.app.EditUseCase;
import picocli.CommandLine.Model.PositionalParamSpec;

final class EditCommand extends ProjectCommand {

    private final PositionalParamSpec revision = Specs.parameter("REV",
            "Revision id, prefix, label, head, current, or a relative form.").build();

    EditCommand(Main main) {
        super(main, "edit", "Open the revision's source file in $EDITOR (or $VISUAL).");
        spec().addPositional(revision);
    }

    @Override
    public Integer call() {
        new EditUseCase(project(), environment().variables()).run(revision.getValue());
        return 0;
    }
}
