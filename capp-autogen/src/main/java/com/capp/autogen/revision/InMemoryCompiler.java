package com.capp.autogen.revision;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles .java files in memory with the JDK compiler against the running classpath, as Alembic
 * imports its .py files: a migration just written runs with no build.
 */
public final class InMemoryCompiler {

    /** Class bytes by binary name, and the source file each class came from. */
    public record Output(Map<String, byte[]> classes, Map<String, Path> sourceOf) {
    }

    public Output compile(List<Path> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new RevisionException("No Java compiler available to compile the migrations folder",
                    "Run capp-autogen on a JDK (not a JRE), or put the compiled migrations jar on the classpath.");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            CapturingFileManager files = new CapturingFileManager(standard);
            List<String> options = List.of("-classpath", classpath(), "-proc:none", "-parameters",
                    "-encoding", "UTF-8", "-nowarn", "--release", "17");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    standard.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                throw new RevisionException("Migrations failed to compile:\n" + errors(diagnostics),
                        "Fix the migration source named above; nothing was run.");
            }
            return new Output(files.classes(), files.sourceOf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running classpath plus wherever the migration API was loaded from (surefire may hide it). */
    private static String classpath() {
        List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        try {
            var location = com.capp.autogen.api.Migration.class.getProtectionDomain().getCodeSource().getLocation();
            entries.add(Path.of(location.toURI()).toString());
        } catch (URISyntaxException | NullPointerException e) {
            // no code source: the java.class.path entries must do
        }
        return entries.stream().distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":"
                        + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    /** Keeps class files in memory instead of writing them next to the sources. */
    private static final class CapturingFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

        private final Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();
        private final Map<String, Path> sourceOf = new LinkedHashMap<>();

        CapturingFileManager(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            classes.put(className, bytes);
            if (sibling != null) {
                sourceOf.put(className, Path.of(sibling.toUri()));
            }
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return bytes;
                }
            };
        }

        Map<String, byte[]> classes() {
            Map<String, byte[]> result = new LinkedHashMap<>();
            classes.forEach((name, bytes) -> result.put(name, bytes.toByteArray()));
            return result;
        }

        Map<String, Path> sourceOf() {
            return sourceOf;
        }
    }
}
