package com.capp.autogen.cli;

import com.capp.autogen.app.InitUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Alembic's {@code init}: a new project's configuration, template, migrations folder and .env.example. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new capp-autogen project in DIR (default: the current folder).",
                "Writes capp-autogen.properties (every key, explained), templates/migration.java.ftl,",
                "an empty migrations folder and .env.example; refuses to overwrite any of them."})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".", description = "The project folder.")
    Path dir;

    @Option(names = "--model-package", defaultValue = "com.example.model",
            description = "Package(s) of the @Entity classes (default: ${DEFAULT-VALUE}).")
    String modelPackages;

    @Option(names = "--model-classpath", defaultValue = "target/classes",
            description = "Where the compiled entities are, relative to DIR (default: ${DEFAULT-VALUE}).")
    String modelClasspath;

    @Option(names = "--migrations-package", defaultValue = "com.example.migrations",
            description = "Package of the migration classes (default: ${DEFAULT-VALUE}).")
    String migrationsPackage;

    @Override
    public Integer call() {
        Path root = main.environment().workingDirectory().resolve(dir);
        var written = new InitUseCase().run(root, new InitUseCase.Settings(modelPackages, modelClasspath, migrationsPackage));
        var out = spec.commandLine().getOut();
        written.forEach(path -> out.println("Creating " + path + " ...  done"));
        out.println("Please edit " + written.get(0) + " (model.packages, model.classpath) and copy .env.example to .env.");
        out.flush();
        return 0;
    }
}
