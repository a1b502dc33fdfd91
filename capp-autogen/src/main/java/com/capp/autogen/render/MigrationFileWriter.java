package com.capp.autogen.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renders a {@link MigrationSource} through {@code migration.java.ftl}, the counterpart of
 * Alembic's script.py.mako. The template is taken from the project's templates folder when it has
 * one (users may edit it), else the default packaged in the jar.
 */
public final class MigrationFileWriter {

    public static final String TEMPLATE_NAME = "migration.java.ftl";
    static final String PACKAGED_TEMPLATES = "/capp-autogen/templates";

    private final Configuration freemarker;

    /** @param templatesDir the project's templates folder; may be null or missing */
    public MigrationFileWriter(Path templatesDir) {
        this.freemarker = configuration(templatesDir);
    }

    /** The Java source text of the migration. */
    public String render(MigrationSource source) {
        try {
            Template template = freemarker.getTemplate(TEMPLATE_NAME);
            StringWriter out = new StringWriter();
            template.process(model(source), out);
            return JavaLiterals.defuseUnicodeEscapes(out.toString()); // also for a template that forgot to escape
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + TEMPLATE_NAME, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + TEMPLATE_NAME + " failed: " + e.getMessage(), e);
        }
    }

    /** Writes {@code <className>.java} into {@code directory} (created if needed); refuses to overwrite. */
    public Path write(MigrationSource source, Path directory) {
        Path file = directory.resolve(source.fileName());
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                throw new IllegalStateException("migration file already exists: " + file);
            }
            Files.writeString(file, render(source), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Map<String, Object> model(MigrationSource s) {
        Map<String, Object> model = new HashMap<>();
        model.put("packageName", s.packageName());
        model.put("className", s.className());
        model.put("revisionId", s.revisionId());
        model.put("revises", s.revises());
        model.put("message", s.message());
        model.put("created", s.created());
        model.put("dependsOn", s.dependsOn());
        model.put("branchLabels", s.branchLabels());
        model.put("imports", s.imports());
        model.put("upgradeBody", s.upgradeBody());
        model.put("downgradeBody", s.downgradeBody());
        model.put("literal", textFunction(JavaLiterals::string));
        model.put("comment", textFunction(JavaLiterals::comment));
        return model;
    }

    /** A template function of one text argument, so that templates escape with the renderer's rules. */
    private static TemplateMethodModelEx textFunction(UnaryOperator<String> escape) {
        return args -> {
            if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel text)) {
                throw new TemplateModelException("expects one text argument, got " + args);
            }
            return escape.apply(text.getAsString());
        };
    }

    private static Configuration configuration(Path templatesDir) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        try {
            if (templatesDir != null && Files.isRegularFile(templatesDir.resolve(TEMPLATE_NAME))) {
                cfg.setDirectoryForTemplateLoading(templatesDir.toFile());
            } else {
                cfg.setClassForTemplateLoading(MigrationFileWriter.class, PACKAGED_TEMPLATES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use templates folder " + templatesDir, e);
        }
        return cfg;
    }
}
