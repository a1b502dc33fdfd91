package com.capp.autogen.cli;

import com.capp.autogen.app.InitUseCase;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.nio.file.Path;

/** Alembic's {@code init}: a new project's configuration, template, migrations folder and .env.example. */
final class InitCommand extends ProjectCommand {

    private final PositionalParamSpec dir = Specs.parameter("0..1", Path.class, "DIR", "The project folder.")
            .defaultValue(".").build();
    private final OptionSpec modelPackages = Specs.option("<modelPackages>",
            "Package(s) of the @Entity classes (default: ${DEFAULT-VALUE}).", "--model-package")
            .defaultValue("com.example.model").build();
    private final OptionSpec modelClasspath = Specs.option("<modelClasspath>",
            "Where the compiled entities are, relative to DIR (default: ${DEFAULT-VALUE}).", "--model-classpath")
            .defaultValue("target/classes").build();
    private final OptionSpec migrationsPackage = Specs.option("<migrationsPackage>",
            "Package of the migration classes (default: ${DEFAULT-VALUE}).", "--migrations-package")
            .defaultValue("com.example.migrations").build();

    InitCommand(Main main) {
        super(main, "init", "Create a new capp-autogen project in DIR (default: the current folder).",
                "Writes capp-autogen.properties (every key, explained), templates/migration.java.ftl,",
                "an empty migrations folder and .env.example; refuses to overwrite any of them.");
        spec().addPositional(dir).addOption(modelPackages).addOption(modelClasspath).addOption(migrationsPackage);
    }

    /** Makes a project rather than opening one: the project options do not apply. */
    @Override
    public Integer call() {
        Path root = environment().workingDirectory().resolve(dir.<Path>getValue());
        var written = new InitUseCase().run(root, new InitUseCase.Settings(modelPackages.getValue(),
                modelClasspath.getValue(), migrationsPackage.getValue()));
        var out = out();
        written.forEach(path -> out.println("Creating " + path + " ...  done"));
        out.println("Please edit " + written.get(0) + " (model.packages, model.classpath) and copy .env.example to .env.");
        out.flush();
        return 0;
    }
}
