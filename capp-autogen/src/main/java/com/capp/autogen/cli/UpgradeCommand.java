package com.capp.autogen.cli;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.RunOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Upgrade to a later version.")
final class UpgradeCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV",
            description = "head, heads, +N, a revision, head-1, REV+N, label@head, label@+1..., or FROM:TO with --sql.")
    String target;

    @Option(names = "--sql", description = "Print the SQL script instead of running it (no database needed).")
    boolean sql;

    @Option(names = "--ignore-checksums", description = "Run even if applied migrations changed since they ran.")
    boolean ignoreChecksums;

    @Option(names = "--allow-unsafe", description = "Run pending migrations even when lint finds errors in them "
            + "(also lint.allow.unsafe=true in capp-autogen.properties).")
    boolean allowUnsafe;

    @Override
    public Integer call() {
        CappAutogen api = api();
        if (sql) {
            out().print(api.upgradeScript(target));
            out().flush();
        } else {
            api.upgrade(target, RunOptions.of(ignoreChecksums, allowUnsafe));
        }
        return 0;
    }
}
