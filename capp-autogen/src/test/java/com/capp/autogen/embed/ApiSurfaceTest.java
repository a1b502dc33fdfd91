package com.capp.autogen.embed;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public API shows only its own types and the JDK's: no stage's class, no picocli. */
class ApiSurfaceTest {

    private static final List<Class<?>> PUBLIC = List.of(CappAutogen.class, Configuration.class, DriftReport.class,
            DriftReport.Drift.class, DriftReport.NoDrift.class, DriftReport.Change.class, MigrationResult.class,
            RevisionEntry.class, CappAutogenException.class, ProgressListener.class, LintResult.class, LintFinding.class,
            NewRevision.class, RevisionResult.class, RevisionResult.Created.class, RevisionResult.NoChanges.class,
            RevisionResult.CreatedRevision.class, RunOption.class);

    @Test
    void publicSignaturesUseOnlyApiAndJdkTypes() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : PUBLIC) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                Stream.concat(Stream.of(method.getGenericReturnType()), Stream.of(method.getGenericParameterTypes()))
                        .flatMap(ApiSurfaceTest::classesOf).filter(c -> !allowed(c))
                        .forEach(c -> leaks.add(type.getSimpleName() + "." + method.getName() + ": " + c.getName()));
            }
        }
        assertEquals(0, CappAutogen.class.getConstructors().length, "built by CappAutogen.configure()...load() only");
        assertEquals(0, Configuration.class.getConstructors().length, "started by CappAutogen.configure() only");
        assertEquals(List.of(), leaks);
    }

    @Test
    void resultsAreSealed() {
        assertTrue(DriftReport.class.isSealed());
        assertEquals(2, DriftReport.class.getPermittedSubclasses().length);
        assertTrue(RevisionResult.class.isSealed());
        assertEquals(2, RevisionResult.class.getPermittedSubclasses().length);
        assertEquals(0, NewRevision.class.getConstructors().length, "started by NewRevision.message(...) only");
    }

    private static boolean allowed(Class<?> c) {
        String name = c.getName();
        return c.isPrimitive() || name.startsWith("java.") || name.startsWith("javax.")
                || c.getPackageName().equals(CappAutogen.class.getPackageName());
    }

    private static Stream<Class<?>> classesOf(Type type) {
        if (type instanceof Class<?> c) {
            return Stream.of(c.isArray() ? c.getComponentType() : c);
        }
        if (type instanceof ParameterizedType p) {
            return Stream.concat(classesOf(p.getRawType()), Stream.of(p.getActualTypeArguments()).flatMap(ApiSurfaceTest::classesOf));
        }
        return Stream.empty();
    }
}
