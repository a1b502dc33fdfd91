package com.capp.autogen.cli;

import com.capp.autogen.embed.CappAutogen;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class UpgradeCommand extends ProjectCommand {

    private final PositionalParamSpec target = Specs.parameter("REV",
            "head, heads, +N, a revision, head-1, REV+N, label@head, label@+1..., or FROM:TO with --sql.").build();
    private final OptionSpec sql = Specs.flag("Print the SQL script instead of running it (no database needed).",
            "--sql").build();
    private final OptionSpec ignoreChecksums = Specs.flag("Run even if applied migrations changed since they ran.",
            "--ignore-checksums").build();
    private final OptionSpec allowUnsafe = Specs.flag("Run pending migrations even when lint finds errors in them "
            + "(also lint.allow.unsafe=true in capp-autogen.properties).", "--allow-unsafe").build();

    UpgradeCommand(Main main) {
        super(main, "upgrade", "Upgrade to a later version.");
        spec().addPositional(target).addOption(sql).addOption(ignoreChecksums).addOption(allowUnsafe);
    }

    @Override
    public Integer call() {
        CappAutogen api = api();
        String target = this.target.getValue();
        if (sql.<Boolean>getValue()) {
            out().print(api.upgradeScript(target));
            out().flush();
        } else {
            api.upgrade(target, RunOptions.of(ignoreChecksums.getValue(), allowUnsafe.getValue()));
        }
        return 0;
    }
}
