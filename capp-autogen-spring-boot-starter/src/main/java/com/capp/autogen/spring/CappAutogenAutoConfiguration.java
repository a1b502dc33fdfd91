package com.capp.autogen.spring;

import com.capp.autogen.embed.CappAutogen;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

import javax.sql.DataSource;

/**
 * Migrates the application's DataSource to head (or validates it) at start-up, before JPA starts:
 * {@link StartupMigration} is a database initializer, so the EntityManagerFactory depends on it.
 * An application's own {@link CappAutogen} bean replaces the one built from {@code capp.autogen.*}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(CappAutogen.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "capp.autogen.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CappAutogenProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class CappAutogenAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CappAutogen cappAutogen(DataSource dataSource, CappAutogenProperties properties, BeanFactory beanFactory,
                            Environment environment, ResourceLoader resourceLoader) {
        return new ApplicationMigrations(properties, beanFactory, environment, resourceLoader.getClassLoader()).load(dataSource);
    }

    @Bean
    StartupMigration cappAutogenStartupMigration(CappAutogen cappAutogen, CappAutogenProperties properties) {
        return new StartupMigration(cappAutogen, properties.getMode(), properties.getTarget());
    }
}
