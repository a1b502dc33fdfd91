package com.capp.autogen.cli;

import com.capp.autogen.app.Templates;
import picocli.CommandLine.Command;

@Command(name = "list_templates", aliases = "list-templates", mixinStandardHelpOptions = true,
        description = "List the templates new revision files are written from.")
final class ListTemplatesCommand extends ProjectCommand {

    @Override
    public Integer call() {
        out().println("Available templates:");
        out().println();
        print(Templates.describe(project()));
        out().println();
        out().println("Set templates.location in capp-autogen.properties to use a folder of your own.");
        out().flush();
        return 0;
    }
}
