package com.capp.autogen.render;

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.Revision;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.plan.Plan;
import com.capp.autogen.plan.Step;
import com.capp.autogen.revision.InMemoryCompiler;
import com.capp.autogen.runtime.RecordingOp;
import com.capp.autogen.schema.ForeignKeyAction;
import com.capp.autogen.schema.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.capp.autogen.api.ColumnChange.change;
import static com.capp.autogen.api.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Property: whatever text reaches the renderer (message, names, types, defaults, comments,
 * expressions, SQL, warnings, TODOs, revision ids) the generated file compiles to exactly one
 * class, its {@code @Revision} holds the text as given, and {@code upgrade()} records exactly the
 * operations that were rendered: no text escapes its comment or string literal. Javac decodes
 * unicode escapes before it parses, hence the backslash-u spellings of comment ends and line breaks.
 */
class HostileTextRenderingTest {

    private static final String BS = "\\";
    private static final String U = BS + "u";
    /** Ways out of a comment or a literal, and the characters that make them up. */
    private static final List<String> FRAGMENTS = List.of(
            "*/ class Evil1 {} /*",
            U + "002a" + U + "002f class Evil2 extends com.capp.autogen.api.Migration {} /" + U + "002a",
            U + "000a static { System.exit(3); } //",
            U + "000d;}}class Evil3{{//",
            BS + U + "002a" + BS + U + "002f",
            BS + BS + U + "002a" + U + "002f class Evil4 {} /*",
            BS + "uuuu002a" + U + "uu002f /* still a comment? */",
            "\"); System.exit(3); op.execute(\"",
            "\\\"); System.exit(3); //",
            "line one\nSystem.exit(3);\r\n// line three",
            "\u2028\u2029\u0085\t\u0000\u0001\u001f",
            "${message} <#-- --> <#if true>x</#if>",
            "</pre><script>alert(1)</script>{@code }",
            "'quoted' \"double\" `back` \\ trailing" + BS,
            "\uD83D\uDCB8 ñ µ " + U + "00e9");

    @Test
    void hostileTextCompilesToOneRevisionRecordingExactlyTheRenderedOperations(@TempDir Path folder)
            throws Exception {
        Map<String, String> hostile = hostileTexts();
        Map<String, List<Operation>> intended = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        MigrationFileWriter writer = new MigrationFileWriter(null);
        for (var entry : hostile.entrySet()) {
            List<Operation> operations = recorded(op -> script(op, entry.getValue()));
            intended.put(entry.getKey(), operations);
            files.add(writer.write(source(entry.getKey(), entry.getValue(), operations), folder));
        }

        assertCompiledAsWritten(hostile, intended, files);
    }

    /** Projects keep the template they were given; one written before comment() existed is still safe. */
    @Test
    void anOlderTemplateWithoutCommentEscapingCannotBeEscapedEither(@TempDir Path folder) throws Exception {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve(MigrationFileWriter.TEMPLATE_NAME), OLD_TEMPLATE);
        Map<String, String> hostile = hostileTexts();
        Map<String, List<Operation>> intended = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        MigrationFileWriter writer = new MigrationFileWriter(templates);
        for (var entry : hostile.entrySet()) {
            if (entry.getValue().matches("(?s).*[\\x00-\\x1f].*")) {
                continue; // ?j_string spells control characters as unicode escapes: not this template's strength
            }
            List<Operation> operations = recorded(op -> op.execute(entry.getValue()));
            intended.put(entry.getKey(), operations);
            files.add(writer.write(source(entry.getKey(), entry.getValue(), operations), folder.resolve("src")));
        }

        assertCompiledAsWritten(Map.copyOf(hostile), intended, files);
    }

    /** The --sql script of autogenerate/diff: a warning or TODO with a line break must not become a statement. */
    @Test
    void sqlScriptCommentsStayComments() {
        List<Operation> operations = recorded(op -> op.execute("SELECT 1"));
        for (String h : hostileTexts().values()) {
            String script = new SqlScriptRenderer().render(List.of(Step.of(operations.get(0), "drops " + h),
                    Step.manual("cannot reverse " + h)));
            List<String> statements = script.lines().filter(line -> !line.startsWith("-- ")).toList();
            assertEquals(List.of("SELECT 1;"), statements, script);
        }
    }

    private static void assertCompiledAsWritten(Map<String, String> hostile, Map<String, List<Operation>> intended,
                                                List<Path> files) throws Exception {
        InMemoryCompiler.Output output = new InMemoryCompiler().compile(files);
        List<String> expectedClasses = intended.keySet().stream().map(c -> "com.capp.migrations." + c).sorted().toList();
        assertEquals(expectedClasses, output.classes().keySet().stream().sorted().toList(),
                "exactly one class per generated file, nothing hidden");
        ClassLoader loader = new BytesLoader(output.classes());
        for (var entry : intended.entrySet()) {
            String text = hostile.get(entry.getKey());
            Class<?> type = loader.loadClass("com.capp.migrations." + entry.getKey());
            Revision revision = type.getAnnotation(Revision.class);
            assertEquals(text, revision.message(), "message of " + entry.getKey());
            assertEquals(text, revision.created());
            assertArrayEquals(new String[]{text}, revision.revises());
            assertArrayEquals(new String[]{text}, revision.dependsOn());
            assertArrayEquals(new String[]{text}, revision.branchLabels());
            Migration migration = (Migration) type.getDeclaredConstructor().newInstance();
            assertEquals(entry.getValue(), recorded(migration::upgrade), "upgrade of " + entry.getKey());
            assertEquals(List.of(), recorded(migration::downgrade), "downgrade of " + entry.getKey());
        }
    }

    /** Each fragment alone, then random mixtures of them (fixed seed, so a failure reproduces). */
    private static Map<String, String> hostileTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        FRAGMENTS.forEach(f -> texts.put("V" + texts.size() + "_Hostile", f));
        Random random = new Random(20261201);
        for (int i = 0; i < 25; i++) {
            StringBuilder mix = new StringBuilder();
            for (int parts = 1 + random.nextInt(4); parts > 0; parts--) {
                String fragment = FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
                int from = random.nextInt(fragment.length());
                mix.append(fragment, from, from + random.nextInt(fragment.length() - from + 1));
            }
            texts.put("V" + texts.size() + "_Hostile", mix.toString());
        }
        return texts;
    }

    /** Every statement the renderer writes, each with the hostile text in every string it takes. */
    private static void script(Op op, String h) {
        String table = "t" + h;
        op.createSchema("s" + h);
        op.createTable(table,
                column("c" + h, "text").notNull().serverDefault("'" + h + "'").comment(h),
                column("g" + h, "integer").generatedAs(h),
                column("i" + h, "bigint").identity(Identity.ALWAYS),
                column("x" + h, h),
                primaryKey("pk" + h, "c" + h),
                unique("u" + h, "c" + h, "x" + h),
                check("ck" + h, h),
                foreignKey("fk" + h, "c" + h).references("r" + h, "id" + h).onDelete(ForeignKeyAction.CASCADE),
                index("ix" + h).expression(h).desc("c" + h).unique().using(h).where(h),
                comment(h));
        op.addColumn(table, column("d" + h, "varchar(10)").comment(h));
        op.alterColumn(table, "c" + h, change().type(h).using(h).serverDefault(h).nullable(true).comment(h));
        op.alterColumn(table, "d" + h, change().dropServerDefault().dropComment());
        op.renameTable(table, "n" + h);
        op.renameColumn(table, "c" + h, "e" + h);
        op.setTableComment(table, h);
        op.createCheckConstraint("k" + h, table, h);
        op.createUniqueConstraint("q" + h, table, "c" + h);
        op.createForeignKey(table, foreignKey("f" + h, "c" + h).references("s" + h + ".r", "id"));
        op.dropConstraint("k" + h, table);
        op.createIndex("p" + h, table, "c" + h, "d" + h);
        op.createIndex(table, index("w" + h, "c" + h).where(h).concurrently());
        op.dropIndex("p" + h, table, true);
        op.createSequence("q" + h, 1, 1);
        op.createSequence(sequence("z" + h).as("integer").start(5).increment(2).cache(3).cycle());
        op.createEnum("m" + h, h, h + "2");
        op.addEnumValue("m" + h, h + "3");
        op.execute(h);
        op.bulkInsert(table, List.of("c" + h, "d" + h), List.of(Arrays.asList(h, 1L), Arrays.asList(null, true)));
        op.dropEnum("m" + h);
        op.dropSequence("q" + h);
        op.dropColumn(table, "d" + h);
        op.dropTable(table);
        op.dropSchema("s" + h);
    }

    private static MigrationSource source(String className, String h, List<Operation> operations) {
        List<Step> upgrade = operations.stream().map(o -> Step.of(o, "drops " + h)).toList();
        Plan plan = new Plan(upgrade, List.of(Step.manual("cannot reverse " + h)));
        MigrationBody body = new JavaMigrationRenderer().render(plan);
        return new MigrationSource("com.capp.migrations", className, h, List.of(h), h, h, List.of(h),
                List.of(h), body.imports(), body.upgrade(), body.downgrade());
    }

    private static List<Operation> recorded(java.util.function.Consumer<Op> migration) {
        List<Operation> operations = new ArrayList<>();
        migration.accept(new RecordingOp(operations::add));
        return operations;
    }

    private static final class BytesLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesLoader(Map<String, byte[]> classes) {
            super(HostileTextRenderingTest.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    /** The template as projects got it before comment(...) and literal(...). */
    private static final String OLD_TEMPLATE = """
            package ${packageName};

            import com.capp.autogen.api.Migration;
            import com.capp.autogen.api.Op;
            import com.capp.autogen.api.Revision;
            <#list imports as i>
            import ${i};
            </#list>

            /**
             * ${message?replace("*/", "* /")}
             */
            @Revision(
                    id = "${revisionId?j_string}",
                    revises = {<#list revises as s>"${s?j_string}"<#sep>, </#sep></#list>},
                    message = "${message?j_string}",
                    created = "${created?j_string}",
                    dependsOn = {<#list dependsOn as s>"${s?j_string}"<#sep>, </#sep></#list>},
                    branchLabels = {<#list branchLabels as s>"${s?j_string}"<#sep>, </#sep></#list>})
            public class ${className} extends Migration {

                @Override
                public void upgrade(Op op) {
            ${upgradeBody}    }

                @Override
                public void downgrade(Op op) {
            ${downgradeBody}    }
            }
            """;
}
