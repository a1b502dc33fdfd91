package com.capp.autogen.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;

/** Options shared by check, diff and revision --autogenerate: where the model is, what to compare, against what. */
final class AutogenOptions {

    // the labels are the field names the annotated options had, which usage showed
    private final OptionSpec modelPackages = Specs.list(String.class, "<modelPackages>",
            "Package(s) holding the @Entity classes (default: model.packages).", "--model-package").splitRegex(",").build();
    private final OptionSpec modelClasspath = Specs.list(Path.class, "<modelClasspath>",
            "Jars or class folders to load the entities from (default: model.classpath).", "--model-classpath")
            .splitRegex("${sys:path.separator}").build();
    private final OptionSpec namingStrategy = Specs.option("<namingStrategy>",
            "The project's Hibernate PhysicalNamingStrategy class (default: model.naming-strategy.physical).",
            "--naming-strategy").build();
    private final OptionSpec hibernateSettings = Specs.keyValues("A hibernate.* setting of the application that shapes "
            + "its DDL (implicit naming strategy, hibernate.type.preferred_*, globally_quoted_identifiers, "
            + "default_schema ...); repeatable.", "--hibernate-setting").build();
    private final OptionSpec implicitNamingStrategy = Specs.option("<implicitNamingStrategy>",
            "The project's Hibernate ImplicitNamingStrategy class (default: model.naming-strategy.implicit).",
            "--implicit-naming-strategy").build();
    private final OptionSpec include = Specs.list(String.class, "<include>",
            "Compare only tables/sequences/enums whose name matches (regex).", "--include").build();
    private final OptionSpec exclude = Specs.list(String.class, "<exclude>",
            "Leave out tables/sequences/enums whose name matches (regex).", "--exclude").build();
    private final OptionSpec dev = Specs.flag("Compare against the migrations replayed into the embedded dev "
            + "database, even when a database URL is configured.", "--dev").build();
    private final OptionSpec unsafe = Specs.flag("Write the plain forms (CREATE INDEX, ADD FOREIGN KEY, SET NOT NULL "
            + "... in one transaction) instead of the production-safe ones; config key autogenerate.unsafe.",
            "--unsafe").build();

    AutogenOptions(CommandSpec command) {
        command.addOption(modelPackages).addOption(modelClasspath).addOption(namingStrategy)
                .addOption(hibernateSettings).addOption(implicitNamingStrategy).addOption(include)
                .addOption(exclude).addOption(dev).addOption(unsafe);
    }

    AutogenArguments values() {
        return new AutogenArguments(modelPackages.getValue(), modelClasspath.getValue(), namingStrategy.getValue(),
                hibernateSettings.getValue(), implicitNamingStrategy.getValue(), include.getValue(),
                exclude.getValue(), dev.getValue(), unsafe.getValue());
    }
}
