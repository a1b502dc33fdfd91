package com.capp.autogen.cli;

import com.capp.autogen.app.MigrateUseCase;
import java.util.List;

final class RepairCommand extends ProjectCommand {

    RepairCommand(Main main) {
        super(main, "repair",
                "Record the current checksums of applied migrations edited on purpose (audit row: who, when).");
    }

    @Override
    public Integer call() {
        ConsoleListener listener = listener();
        List<String> repaired = new MigrateUseCase(project(), listener).repair();
        if (repaired.isEmpty()) {
            listener.info("Checksums of applied migrations match their files; nothing to repair.");
        }
        repaired.forEach(line -> listener.info("Repaired checksum of " + line));
        return 0;
    }
}
