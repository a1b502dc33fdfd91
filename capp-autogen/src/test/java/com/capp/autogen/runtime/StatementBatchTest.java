package com.capp.autogen.runtime;

import com.capp.autogen.TestProject;
import com.capp.autogen.app.Project;
import com.capp.autogen.app.MigrateUseCase;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static com.capp.autogen.runtime.CappMigrationsTest.tables;
import static com.capp.autogen.runtime.CappMigrationsTest.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DDL of a transactional migration goes to the server in one round trip; raw SQL runs alone, and a
 * failure inside the batch is reported as one by one reports it. On a real PostgreSQL; the JDBC calls are
 * counted on the way to it.
 */
@ExtendWith(PostgresExtension.class)
class StatementBatchTest {

    private static final String TABLE = "op.createTable(\"%s\", column(\"id\", \"bigint\").notNull());";

    @Test
    void typedOperationsGoTogetherAndRawSqlAlone(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = project(target, TABLE.formatted("a") + TABLE.formatted("b") + TABLE.formatted("c")
                + "op.execute(\"SELECT count(*) FROM a\");" + TABLE.formatted("d") + TABLE.formatted("e"));
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        try (Connection connection = counting(target.connect(), calls)) {
            Project p = project.project();
            new MigrationRunner(connection, p.migrations(), p.settings(), MigrationListener.SILENT)
                    .upgrade("head", false);
        }

        assertTrue(tables(target).containsAll(List.of("a", "b", "c", "d", "e")), tables(target).toString());
        assertEquals(List.of("0001"), versions(target));
        assertEquals(2, count(calls, "executeBatch"), "a-c, then d-e after the SELECT: " + calls);
        assertEquals(5, count(calls, "addBatch"), calls.toString());
    }

    @Test
    void aFailureInsideTheBatchNamesItsStatementAndLeavesNothing(TestDatabase db) throws Exception {
        TestDatabase target = db.createDatabase();
        TestProject project = project(target, TABLE.formatted("first") + TABLE.formatted("second")
                + "op.createIndex(\"ix_second_missing\", \"second\", \"missing\");" + TABLE.formatted("third"));

        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> new MigrateUseCase(project.project(), MigrationListener.SILENT).upgrade("head", false));

        MigrationFailedException failure = assertInstanceOf(MigrationFailedException.class, thrown);
        assertEquals("CREATE INDEX ix_second_missing ON public.second (missing)", failure.statement());
        assertTrue(failure.getMessage().contains("column \"missing\" does not exist"), failure.getMessage());
        assertFalse(tables(target).contains("first"), "rolled back: " + tables(target));
        assertEquals(List.of(), versions(target));
    }

    private static int count(Map<String, AtomicInteger> calls, String method) {
        return calls.getOrDefault(method, new AtomicInteger()).get();
    }

    /** The connection as it is, with every Statement call counted by method name. */
    private static Connection counting(Connection real, Map<String, AtomicInteger> calls) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                        return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[]{Statement.class},
                                (p, m, a) -> {
                                    calls.computeIfAbsent(m.getName(), k -> new AtomicInteger()).incrementAndGet();
                                    return invoke(statement, m, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static TestProject project(TestDatabase target, String upgrade) throws Exception {
        TestProject project = TestProject.copyOf(Files.createTempDirectory("batch-migrations"), target);
        Path fx = Files.createDirectories(project.migrations().resolve("fx"));
        Files.writeString(fx.resolve("R0001.java"), """
                package fx;
                import com.capp.autogen.api.*;
                import static com.capp.autogen.api.Ddl.*;
                @Revision(id = "0001", message = "batch")
                public class R0001 extends Migration {
                    @Override public void upgrade(Op op) { %s }
                    @Override public void downgrade(Op op) { }
                }
                """.formatted(upgrade));
        return project;
    }
}
