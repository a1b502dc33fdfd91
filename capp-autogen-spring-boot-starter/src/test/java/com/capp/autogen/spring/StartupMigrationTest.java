package com.capp.autogen.spring;

import com.capp.autogen.spring.sample.Customer;
import com.capp.autogen.spring.sample.CustomerRepository;
import com.capp.testsupport.PostgresExtension;
import com.capp.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static com.capp.autogen.spring.SampleApp.builder;
import static com.capp.autogen.spring.SampleApp.ran;
import static com.capp.autogen.spring.SampleApp.rows;
import static com.capp.autogen.spring.SampleApp.start;
import static com.capp.autogen.spring.SampleApp.tableExists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starter in a real Spring Boot application on a real PostgreSQL: each test starts the sample
 * application (Hibernate validating the schema as JPA starts) on a fresh database.
 */
@ExtendWith({PostgresExtension.class, OutputCaptureExtension.class})
class StartupMigrationTest {

    private final TestDatabase first;

    StartupMigrationTest(TestDatabase first) {
        this.first = first;
    }

    @Test
    void startUpMigratesToHeadBeforeJpaStartsAndTheRepositoryWorks() throws Exception {
        TestDatabase database = first.createDatabase();
        try (ConfigurableApplicationContext app = start(database)) {
            assertEquals(List.of("0001", "0002"), ran(app));
            assertEquals(List.of("0002"), rows(database, "SELECT version_num FROM alembic_version"));
            assertTrue(tableExists(database, "customer") && tableExists(database, "purchase_order"));
            CustomerRepository customers = app.getBean(CustomerRepository.class);
            Customer saved = customers.save(new Customer("Amina Njoroge", "amina@example.com"));
            assertEquals("Amina Njoroge", customers.findById(saved.getId()).orElseThrow().getDisplayName());
            assertEquals(List.of("amina@example.com"), rows(database, "SELECT email_address FROM customer"));
        }
        try (ConfigurableApplicationContext again = start(database)) {
            assertEquals(List.of(), ran(again), "a restart at head runs nothing");
            assertEquals(1, again.getBean(CustomerRepository.class).count());
        }
    }

    @Test
    void validateStartsOnADatabaseAtHeadThatMatchesTheEntities(CapturedOutput output) throws Exception {
        TestDatabase database = first.createDatabase();
        start(database).close();
        try (ConfigurableApplicationContext app = start(database, "capp.autogen.mode=validate")) {
            assertEquals(0, app.getBean(CustomerRepository.class).count());
            assertNull(app.getBean(StartupMigration.class).upgradeResult(), "validate runs nothing");
        }
        assertTrue(output.getOut().contains("the database is at head, its migrations unchanged, and matches the entities"));
    }

    @Test
    void validateFailsStartUpOnADatabaseBehindHeadAndChangesNothing(CapturedOutput output) throws Exception {
        TestDatabase database = first.createDatabase();
        try (ConfigurableApplicationContext app = start(database, "capp.autogen.target=0001",
                "spring.jpa.hibernate.ddl-auto=none")) { // the entities are at 0002
            assertEquals(List.of("0001"), ran(app));
        }
        CappAutogenStartupException e = startUpFailure(database, "capp.autogen.mode=validate");
        assertTrue(e.getMessage().contains("the database is not at head: it is at 0001, 1 migration(s) pending: 0002"), e.getMessage());
        assertTrue(e.action().contains("capp.autogen.mode=upgrade"), e.action());
        assertEquals(List.of("0001"), rows(database, "SELECT version_num FROM alembic_version"));
        assertTrue(output.getAll().contains("APPLICATION FAILED TO START"), "Boot's failure report");
        assertTrue(output.getAll().contains(e.getMessage()) && output.getAll().contains(e.action()), "the report says what and what to do");
    }

    @Test
    void validateFailsStartUpWhenTheEntitiesHoldAChangeNoMigrationMakes() throws Exception {
        TestDatabase database = first.createDatabase();
        start(database).close();
        CappAutogenStartupException e = startUpFailure(database, "capp.autogen.mode=validate",
                "capp.autogen.model-packages=com.capp.autogen.spring.sample,com.capp.autogen.spring.drifted");
        assertTrue(e.getMessage().contains("the database differs from the entities in 1 change(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("invoice"), e.getMessage());
        assertTrue(e.action().contains("revision --autogenerate"), e.action());
        assertFalse(tableExists(database, "invoice"), "validate runs no DDL");
    }

    @Test
    void noneAndDisabledLeaveTheDatabaseAlone() throws Exception {
        TestDatabase database = first.createDatabase();
        try (ConfigurableApplicationContext app = start(database, "capp.autogen.mode=none", "spring.jpa.hibernate.ddl-auto=none")) {
            assertNull(app.getBean(StartupMigration.class).upgradeResult(), "none runs nothing");
        }
        try (ConfigurableApplicationContext app = start(database, "capp.autogen.enabled=false", "spring.jpa.hibernate.ddl-auto=none")) {
            assertTrue(app.getBeansOfType(StartupMigration.class).isEmpty());
        }
        assertFalse(tableExists(database, "alembic_version"));
        assertFalse(tableExists(database, "customer"));
    }

    @Test
    void anAppliedMigrationThatChangedStopsStartUp() throws Exception {
        TestDatabase database = first.createDatabase();
        start(database).close();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE capp_autogen_history SET checksum = repeat('0', 64) WHERE revision = '0001'");
        }
        for (String mode : List.of("upgrade", "validate")) {
            CappAutogenStartupException e = startUpFailure(database, "capp.autogen.mode=" + mode);
            assertTrue(e.getMessage().contains("Checksum mismatch"), mode + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("0001"), e.getMessage());
        }
    }

    @Test
    void aJarWithoutTheMigrationSourcesStartsButWarnsThatChecksumsAreNotVerified(CapturedOutput output) throws Exception {
        TestDatabase database = first.createDatabase();
        start(database).close(); // checksums recorded from the sources packaged beside the classes
        ClassLoader withoutSources = new WithoutSourcesClassLoader(getClass().getClassLoader());
        try (ConfigurableApplicationContext app = builder(database).resourceLoader(new DefaultResourceLoader(withoutSources)).run()) {
            assertEquals(List.of(), ran(app));
        }
        assertTrue(output.getOut().contains("Checksums of applied migration(s) 0001, 0002 not verified"), "no warning");
    }

    @Test
    void aFailureToConnectNamesTheProblemButNeverThePassword(CapturedOutput output) {
        TestDatabase database = first.createDatabase();
        String secret = "s3cret-Pa55word";
        CappAutogenStartupException e = startUpFailure(database,
                "spring.datasource.url=" + database.jdbcUrl().replace(database.name(), "no_such_database"),
                "spring.datasource.password=" + secret);
        assertTrue(e.getMessage().contains("no_such_database"), e.getMessage());
        // the report is printed, else the next check would pass on an empty log
        assertTrue(output.getAll().contains("APPLICATION FAILED TO START") && output.getAll().contains(e.getMessage()), "no failure report");
        assertFalse(output.getAll().contains(secret), "the password was printed");
    }

    private static CappAutogenStartupException startUpFailure(TestDatabase database, String... properties) {
        Exception failure = assertThrows(Exception.class, () -> start(database, properties).close());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CappAutogenStartupException startup) {
                return startup;
            }
        }
        throw new AssertionError("start-up failed for another reason", failure);
    }
}
