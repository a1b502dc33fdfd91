package com.capp.autogen.cli;

import com.capp.autogen.embed.RunOption;

import java.util.ArrayList;
import java.util.List;

/** The run flags of {@code upgrade} and {@code downgrade} as the Java API's options. */
final class RunOptions {

    private RunOptions() {
    }

    static RunOption[] of(boolean ignoreChecksums, boolean allowUnsafe) {
        List<RunOption> options = new ArrayList<>();
        if (ignoreChecksums) {
            options.add(RunOption.IGNORE_CHECKSUMS);
        }
        if (allowUnsafe) {
            options.add(RunOption.ALLOW_UNSAFE);
        }
        return options.toArray(RunOption[]::new);
    }
}
