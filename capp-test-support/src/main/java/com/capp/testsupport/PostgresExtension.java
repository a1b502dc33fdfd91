package com.capp.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class its own fresh PostgreSQL database, injected as a {@link TestDatabase}
 * parameter (constructor, {@code @BeforeAll}, {@code @BeforeEach} or test method), and drops it
 * after the class. Every injection within one class sees the same database.
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * class MyTest {
 *     @Test void works(TestDatabase db) throws SQLException { try (var c = db.connect()) { ... } }
 * }
 * }</pre>
 */
public final class PostgresExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = classContextOf(context);
        // Created lazily so PER_CLASS constructor injection works too; stored in the class scope,
        // so JUnit closes it (dropping the databases) when the class is done.
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(TestDatabase.class, key -> firstDatabase(classContext), TestDatabase.class);
    }

    private static TestDatabase firstDatabase(ExtensionContext classContext) {
        String hint = classContext.getRequiredTestClass().getSimpleName();
        ClassDatabases databases = new ClassDatabases(new DatabaseAdmin(SharedServer.endpoint()), hint);
        classContext.getStore(NAMESPACE).put(ClassDatabases.class, databases);
        return databases.create();
    }

    private static ExtensionContext classContextOf(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent()) {
            current = current.getParent().orElseThrow();
        }
        return current;
    }
}
