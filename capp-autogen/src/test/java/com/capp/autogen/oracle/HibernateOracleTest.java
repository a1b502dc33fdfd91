package com.capp.autogen.oracle;

import com.capp.autogen.TestProject;
import com.capp.autogen.TestProject.Run;
import com.capp.autogen.model.HibernateExport;
import com.capp.testsupport.CatalogSnapshot;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Hibernate's own schema export is the ground truth of what entities mean in PostgreSQL. Each case
 * is a fixture package {@code fixtures.oracle.<case>} with entity sets {@code v1} (before) and
 * {@code v2} (after), and optional {@code hibernate.*} settings in {@code oracle/<case>.properties}
 * and test options: {@code oracle.before=<base>} takes v1 from the shared entity set
 * {@code fixtures.oraclebase.<base>}, {@code oracle.also=<base>} adds that set to v2, and
 * {@code oracle.downgrade.ignore}, a regex, names catalog lines a downgrade cannot restore (an enum
 * label PostgreSQL cannot drop). The tool builds
 * v1 with {@code revision --autogenerate} + {@code upgrade}, then moves to v2 the same way; after
 * each step the catalog must equal a fresh database Hibernate exported, names the model leaves
 * unnamed aside. Then {@code check} is clean and {@code downgrade -1} restores v1 exactly.
 * {@code -Doracle.cases=a,b} runs only some cases.
 */
@ExtendWith(PostgresExtension.class)
class HibernateOracleTest {

    private static final String FIXTURES = "com.capp.autogen.fixtures.oracle";
    private static final String SCHEMAS = "public,ledger";
    private static final String NOT_RESTORED = "oracle.downgrade.ignore";
    private static final String BASES = "com.capp.autogen.fixtures.oraclebase";
    private static final String BEFORE = "oracle.before";
    private static final String ALSO = "oracle.also";

    static Stream<String> cases() throws IOException {
        Path root = Path.of("target/test-classes", FIXTURES.replace('.', '/'));
        try (Stream<Path> folders = Files.list(root)) {
            List<String> only = List.of(System.getProperty("oracle.cases", "").split(","));
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(c -> only.equals(List.of("")) || only.contains(c)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void toolBuildsWhatHibernateExports(String name, TestDatabase db) throws IOException {
        Map<String, String> settings = settings(name);
        String notRestored = settings.remove(NOT_RESTORED);
        TestDatabase tool = db.createDatabase();
        TestProject project = TestProject.copyOf(Files.createTempDirectory("oracle-migrations"), tool);
        String before = settings.remove(BEFORE);
        String also = settings.remove(ALSO);
        String v1 = before != null ? BASES + "." + before : FIXTURES + "." + name + ".v1";
        String v2 = FIXTURES + "." + name + ".v2" + (also != null ? "," + BASES + "." + also : "");

        autogenerateAndUpgrade(project, v1, settings);
        String v1Catalog = snapshot(tool);
        assertSameAsHibernate(name + " v1", db, v1, settings, v1Catalog);

        boolean changed = autogenerateAndUpgrade(project, v2, settings);
        assertSameAsHibernate(name + " v2", db, v2, settings, snapshot(tool));
        Run check = project.run(withModel(settings, v2, "check"));
        assertEquals(0, check.code(), "check after upgrading to v2\n" + check);
        if (!changed) {
            return; // v2 maps to the same schema (e.g. @Formula, @Transient): nothing to downgrade
        }
        Run downgrade = project.run("downgrade", "-1");
        assertEquals(0, downgrade.code(), downgrade.toString());
        assertEquals(without(notRestored, v1Catalog), without(notRestored, snapshot(tool)),
                "downgrade restores v1 exactly");
    }

    /** Whether a revision was generated. */
    private static boolean autogenerateAndUpgrade(TestProject project, String pkg, Map<String, String> settings) {
        Run revision = project.run(withModel(settings, pkg, "revision", "--autogenerate", "-m", pkg));
        assertEquals(0, revision.code(), "revision --autogenerate of " + pkg + "\n" + revision);
        Run upgrade = project.run("upgrade", "head", "--allow-unsafe"); // fidelity, not lint: drops and rewrites are the point
        assertEquals(0, upgrade.code(), "upgrade to " + pkg + "\n" + upgrade);
        return !revision.out().contains("No changes in schema detected.");
    }

    private static void assertSameAsHibernate(String what, TestDatabase db, String pkg, Map<String, String> settings,
                                              String toolSnapshot) {
        TestDatabase oracle = db.createDatabase();
        HibernateExport.create(oracle, List.of(pkg.split(",")), settings);
        String difference = CatalogDiff.difference(snapshot(oracle), toolSnapshot);
        assertNull(difference, what + ": the tool's database differs from Hibernate's export "
                + "(- only Hibernate's, + only the tool's)\n" + difference);
    }

    private static String[] withModel(Map<String, String> settings, String pkg, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--model-package");
        args.add(pkg);
        settings.forEach((k, v) -> args.add("--hibernate-setting=" + k + "=" + v));
        return args.toArray(String[]::new);
    }

    private static String without(String regex, String snapshot) {
        return regex == null ? snapshot : String.join("\n", snapshot.lines().filter(l -> !Pattern.compile(regex)
                .matcher(l).find()).toList());
    }

    private static String snapshot(TestDatabase db) {
        return CatalogSnapshot.of(db, SCHEMAS, CatalogSnapshot.DEFAULT_EXCLUDE_RE);
    }

    private static Map<String, String> settings(String name) {
        Properties properties = new Properties();
        try (InputStream in = HibernateOracleTest.class.getResourceAsStream("/oracle/" + name + ".properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new TreeMap<>();
        properties.forEach((k, v) -> settings.put(k.toString(), v.toString()));
        return settings;
    }
}
