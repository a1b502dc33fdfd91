package com.capp.autogen.render;

import com.capp.autogen.compare.CompareOptions;
import com.capp.autogen.compare.SchemaComparator;
import com.capp.autogen.plan.Plan;
import com.capp.autogen.plan.Planner;
import com.capp.autogen.revision.SourceMigrationLoader;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * One generated migration, byte for byte, so a change to the template or to the rendering shows up
 * in review as a change to {@code src/test/resources/golden/V0002_AddProfilesAndTickets.java}.
 * After an intended change, regenerate it with {@code -Dgolden.update=true} and review the diff.
 */
class GeneratedMigrationGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/V0002_AddProfilesAndTickets.java");
    private static final QualifiedName USERS = QualifiedName.of("users");

    @Test
    void generatedClassMatchesTheGoldenFile(@TempDir Path folder) throws Exception {
        String actual = new MigrationFileWriter(null).render(source(plan()));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual);
        }
        assertEquals(Files.readString(GOLDEN), actual,
                "generated migration changed; if intended, rerun with -Dgolden.update=true and review " + GOLDEN);
        assertFalse(actual.contains("op.execute("), "every operation here has a word in the Op API");
        Files.createDirectories(folder.resolve("com/capp/migrations"));
        Files.writeString(folder.resolve("com/capp/migrations/V0002_AddProfilesAndTickets.java"), actual);
        assertEquals(1, new SourceMigrationLoader(folder, null).load().size(), "the golden class compiles");
    }

    /** Users gain a column, a descending expression index and a check; profiles and a sequence are new. */
    private static Plan plan() {
        Column id = Column.of("id", "uuid").withNullable(false);
        Column email = Column.of("email", "character varying(255)").withNullable(false);
        Table users = Table.of(USERS, List.of(id, email), new PrimaryKey("users_pkey", List.of("id")));
        Table usersAfter = users.withColumns(List.of(id, email,
                        Column.of("status", "character varying(20)").withDefault("'active'").withNullable(false)))
                .withIndexes(List.of(new Index("ix_users_email_desc", List.of(new IndexKey("lower(email)", true, true),
                        IndexKey.column("status")), false, Index.DEFAULT_METHOD, "status <> 'gone'")))
                .withChecks(List.of(new CheckConstraint("ck_users_status", "status IN ('active', 'gone')")));
        Table profiles = Table.of(QualifiedName.of("profiles"), List.of(id, Column.of("user_id", "uuid").withNullable(false),
                        Column.of("bio", "text").withComment("shown on the profile page")),
                        new PrimaryKey("profiles_pkey", List.of("id")))
                .withForeignKeys(List.of(ForeignKey.simple("profiles_user_id_fkey", List.of("user_id"), USERS,
                        List.of("id"))));
        Sequence tickets = new Sequence(QualifiedName.of("ticket_numbers"), "integer", 100, 5, 1,
                Integer.MAX_VALUE, 20, true);
        Schema before = Schema.ofTables(List.of(users));
        Schema after = new Schema(List.of(), List.of(usersAfter, profiles), List.of(tickets), List.of());
        return new Planner().plan(new SchemaComparator().compare(before, after, CompareOptions.ALL));
    }

    private static MigrationSource source(Plan plan) {
        MigrationBody body = new JavaMigrationRenderer().render(plan);
        return new MigrationSource("com.capp.migrations", "V0002_AddProfilesAndTickets", "0002", List.of("0001"),
                "add profiles and tickets", "2026-01-01 00:00:00", List.of(), List.of(), body.imports(),
                body.upgrade(), body.downgrade());
    }
}
