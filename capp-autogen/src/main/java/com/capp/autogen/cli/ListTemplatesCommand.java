package com.capp.autogen.cli;

import com.capp.autogen.app.Templates;

final class ListTemplatesCommand extends ProjectCommand {

    ListTemplatesCommand(Main main) {
        super(main, "list_templates", "List the templates new revision files are written from.");
        spec().aliases("list-templates");
    }

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
