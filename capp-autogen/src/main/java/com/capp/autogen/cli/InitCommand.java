package com.capp.autogen.cli;

import com.capp.autogen.app.InitUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a project in DIR: capp-autogen.properties, the migrations folder and the template.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".", description = "Project folder (default: here).")
    String directory;

    @Override
    public Integer call() {
        Path root = main.environment().workingDirectory().resolve(directory);
        for (Path created : new InitUseCase().run(root)) {
            spec.commandLine().getOut().println((Files.isDirectory(created) ? "Creating directory " : "Generating ")
                    + created + " ...  done");
        }
        spec.commandLine().getOut().println("Please set DATABASE_URL in .env (or the environment) before `upgrade`.");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
