package com.capp.autogen.spring;

import com.capp.autogen.embed.CappAutogen;
import com.capp.autogen.embed.CappAutogenException;
import com.capp.autogen.embed.Configuration;
import com.capp.autogen.embed.ProgressListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

import javax.sql.DataSource;
import java.util.List;

/**
 * Builds the {@link CappAutogen} of an application: its DataSource, its migrations on its class
 * path, its entities (the packages JPA scans) named as its Hibernate names them.
 */
final class ApplicationMigrations {

    /** What Spring Boot's Hibernate auto-configuration uses when spring.jpa.hibernate.naming.* is unset. */
    static final String BOOT_PHYSICAL_NAMING = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
    static final String BOOT_IMPLICIT_NAMING = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
    /** capp-autogen's progress lines (Alembic's "Running upgrade ...") and warnings in the application's log. */
    private static final Log LOG = LogFactory.getLog("com.capp.autogen");
    private static final String ENTITY_SCAN_PACKAGES = "org.springframework.boot.persistence.autoconfigure.EntityScanPackages";

    private final CappAutogenProperties properties;
    private final BeanFactory beanFactory;
    private final Environment environment;
    private final ClassLoader classLoader;

    ApplicationMigrations(CappAutogenProperties properties, BeanFactory beanFactory, Environment environment, ClassLoader classLoader) {
        this.properties = properties;
        this.beanFactory = beanFactory;
        this.environment = environment;
        this.classLoader = classLoader;
    }

    CappAutogen load(DataSource dataSource) {
        Configuration configuration = CappAutogen.configure().dataSource(dataSource).classLoader(classLoader)
                .migrationsPackage(migrationsPackage()).model(modelPackages().toArray(String[]::new))
                .namingStrategies(naming("physical", BOOT_PHYSICAL_NAMING), naming("implicit", BOOT_IMPLICIT_NAMING))
                .listener(ProgressListener.of(LOG::info, LOG::warn));
        String defaultSchema = environment.getProperty("spring.jpa.properties.hibernate.default_schema");
        if (defaultSchema != null) {
            configuration.hibernateProperty("hibernate.default_schema", defaultSchema);
        }
        if (properties.getConfigFile() != null) {
            configuration.configFile(properties.getConfigFile());
        }
        properties.getSettings().forEach(configuration::setting);
        if (properties.getLockWait() != null) {
            configuration.migrationLockWait(properties.getLockWait());
        }
        if (properties.getDdlLockTimeout() != null) {
            configuration.ddlLockTimeout(properties.getDdlLockTimeout());
        }
        try {
            return configuration.load();
        } catch (CappAutogenException e) {
            throw CappAutogenStartupException.of("capp-autogen configuration is invalid", e, "Fix the capp.autogen.* properties.");
        }
    }

    private String migrationsPackage() {
        if (properties.getMigrationsPackage() != null) {
            return properties.getMigrationsPackage();
        }
        if (!AutoConfigurationPackages.has(beanFactory)) {
            throw new CappAutogenStartupException("capp.autogen.migrations-package is not set and the application has no"
                    + " @SpringBootApplication package to default to",
                    "Set capp.autogen.migrations-package to the package of the migration classes.", null);
        }
        return AutoConfigurationPackages.get(beanFactory).get(0) + ".migrations";
    }

    /** As JPA scans them: capp.autogen.model-packages, else @EntityScan, else the application's package. */
    private List<String> modelPackages() {
        if (!properties.getModelPackages().isEmpty()) {
            return properties.getModelPackages();
        }
        if (ClassUtils.isPresent(ENTITY_SCAN_PACKAGES, classLoader)) {
            List<String> scanned = EntityScan.packages(beanFactory);
            if (!scanned.isEmpty()) {
                return scanned;
            }
        }
        return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
    }

    /** spring.jpa.hibernate.naming.*-strategy, else Boot's default when Boot configures Hibernate. */
    private String naming(String kind, String bootDefault) {
        String configured = environment.getProperty("spring.jpa.hibernate.naming." + kind + "-strategy");
        if (configured != null) {
            return configured;
        }
        return ClassUtils.isPresent(BOOT_IMPLICIT_NAMING, classLoader) ? bootDefault : null;
    }

    /** Kept apart so EntityScanPackages is only loaded when spring-boot-persistence is there. */
    private static final class EntityScan {
        static List<String> packages(BeanFactory beanFactory) {
            return org.springframework.boot.persistence.autoconfigure.EntityScanPackages.get(beanFactory).getPackageNames();
        }
    }
}
