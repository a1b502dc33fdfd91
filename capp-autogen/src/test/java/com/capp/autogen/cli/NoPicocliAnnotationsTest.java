package com.capp.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the CLI's command model is declared in code. A picocli annotation in this package would
 * bring back what made a short command's start-up slow: reading annotations makes the JDK generate
 * a proxy class per annotation type, which the start-up cache cannot keep, and picocli's standard
 * help options come as an annotated mixin.
 */
class NoPicocliAnnotationsTest {

    @Test
    void noClassOfTheCliPackageCarriesAPicocliAnnotation() throws Exception {
        List<Class<?>> classes = cliClasses();
        assertTrue(classes.size() > 30, "the scan found the package's classes: " + classes);
        assertEquals(List.of(), classes.stream().flatMap(NoPicocliAnnotationsTest::picocliAnnotations).toList());
    }

    @Test
    void theScanFindsPicocliAnnotationsWhereThereAreSome() throws Exception {
        List<String> found = picocliAnnotations(Class.forName("picocli.CommandLine$AutoHelpMixin")).toList();
        assertEquals(2, found.size(), found.toString()); // its -h and -V fields
    }

    @Test
    void buildingEveryCommandGeneratesNoAnnotationProxy() throws Exception {
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true).start(); // no arguments: usage, so all eighteen commands are built
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(cli.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, cli.exitValue(), output);
        assertTrue(output.contains("Usage: capp-autogen"), output);
        List<String> reflective = output.lines()
                .filter(line -> line.contains("source: __dynamic_proxy__") || line.contains("AutoHelpMixin")).toList();
        assertEquals(List.of(), reflective);
    }

    /** The main classes of this package, from the folder {@link Main} was loaded from. */
    private static List<Class<?>> cliClasses() throws Exception {
        Path root = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path folder = root.resolve(Main.class.getPackageName().replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, Main.class.getClassLoader()));
            }
        }
        return classes;
    }

    /** "Class member @Annotation" for each picocli annotation on the class, its members or their parameters. */
    private static Stream<String> picocliAnnotations(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
        elements.addAll(Arrays.asList(type.getDeclaredFields()));
        Stream.concat(Arrays.stream(type.getDeclaredMethods()), Arrays.stream(type.getDeclaredConstructors()))
                .forEach(executable -> {
                    elements.add(executable);
                    elements.addAll(Arrays.asList(executable.getParameters()));
                });
        if (type.isRecord()) {
            elements.addAll(Arrays.asList(type.getRecordComponents()));
        }
        return elements.stream().flatMap(element -> Arrays.stream(element.getDeclaredAnnotations())
                .filter(annotation -> annotation.annotationType().getPackageName().equals("picocli"))
                .map(annotation -> type.getName() + " " + describe(element) + " @" + annotation.annotationType().getName()));
    }

    private static String describe(AnnotatedElement element) {
        return element instanceof Member member ? member.getName() : element.toString(); // a parameter, a component
    }
}
